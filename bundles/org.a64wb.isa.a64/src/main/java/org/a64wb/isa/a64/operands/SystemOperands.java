package org.a64wb.isa.a64.operands;

import java.util.HashMap;
import java.util.Map;

import org.a64wb.isa.api.sysreg.SysregEncoding;

/**
 * Operands of the system instructions (Arm ARM chapter C5 "The A64 System Instruction Class" and the C6.2
 * instruction pages): system register names for MRS and MSR,
 * PSTATE fields, barrier options and the SYS operations behind the AT, DC, IC, TLBI, CFP, DVP and CPP
 * aliases, spelled the way llvm-mc (LLVM 14, the project's reference) prints them with the project's
 * feature set. Names outside that set (MTE, SPE, SVE, TME, ...) are absent on purpose, so their
 * encodings print in the generic {@code S<op0>_<op1>_C<n>_C<m>_<op2>} or {@code sys} form. The tables
 * hold what LLVM 14 prints for every op0/op1/CRn/CRm/op2 value (its AArch64SystemOperands.td filtered by
 * the feature set), which is why they differ from the latest Arm ARM register index in places.
 */
public final class SystemOperands {

    /** Mnemonics of the SYS aliases; {@link #sysOpKind} returns an index into this array. */
    private static final String[] SYS_KINDS = {"", "at", "dc", "ic", "tlbi", "cfp", "dvp", "cpp"};

    private static final String[] BARRIER_OPTIONS = {
        null, "oshld", "oshst", "osh", null, "nshld", "nshst", "nsh",
        null, "ishld", "ishst", "ish", null, "ld", "st", "sy"};

    /**
     * System registers by encoding: RW names both directions, R only MRS, W only MSR (read-only
     * identification registers, write-only GIC and trace-lock registers, and DBGDTRRX/DBGDTRTX which
     * share one encoding).
     */
    private static final String SYSREGS = """
            S2_0_C0_C0_2 RW OSDTRRX_EL1
            S2_0_C0_C0_4 RW DBGBVR0_EL1
            S2_0_C0_C0_5 RW DBGBCR0_EL1
            S2_0_C0_C0_6 RW DBGWVR0_EL1
            S2_0_C0_C0_7 RW DBGWCR0_EL1
            S2_0_C0_C1_4 RW DBGBVR1_EL1
            S2_0_C0_C1_5 RW DBGBCR1_EL1
            S2_0_C0_C1_6 RW DBGWVR1_EL1
            S2_0_C0_C1_7 RW DBGWCR1_EL1
            S2_0_C0_C2_0 RW MDCCINT_EL1
            S2_0_C0_C2_2 RW MDSCR_EL1
            S2_0_C0_C2_4 RW DBGBVR2_EL1
            S2_0_C0_C2_5 RW DBGBCR2_EL1
            S2_0_C0_C2_6 RW DBGWVR2_EL1
            S2_0_C0_C2_7 RW DBGWCR2_EL1
            S2_0_C0_C3_2 RW OSDTRTX_EL1
            S2_0_C0_C3_4 RW DBGBVR3_EL1
            S2_0_C0_C3_5 RW DBGBCR3_EL1
            S2_0_C0_C3_6 RW DBGWVR3_EL1
            S2_0_C0_C3_7 RW DBGWCR3_EL1
            S2_0_C0_C4_4 RW DBGBVR4_EL1
            S2_0_C0_C4_5 RW DBGBCR4_EL1
            S2_0_C0_C4_6 RW DBGWVR4_EL1
            S2_0_C0_C4_7 RW DBGWCR4_EL1
            S2_0_C0_C5_4 RW DBGBVR5_EL1
            S2_0_C0_C5_5 RW DBGBCR5_EL1
            S2_0_C0_C5_6 RW DBGWVR5_EL1
            S2_0_C0_C5_7 RW DBGWCR5_EL1
            S2_0_C0_C6_2 RW OSECCR_EL1
            S2_0_C0_C6_4 RW DBGBVR6_EL1
            S2_0_C0_C6_5 RW DBGBCR6_EL1
            S2_0_C0_C6_6 RW DBGWVR6_EL1
            S2_0_C0_C6_7 RW DBGWCR6_EL1
            S2_0_C0_C7_4 RW DBGBVR7_EL1
            S2_0_C0_C7_5 RW DBGBCR7_EL1
            S2_0_C0_C7_6 RW DBGWVR7_EL1
            S2_0_C0_C7_7 RW DBGWCR7_EL1
            S2_0_C0_C8_4 RW DBGBVR8_EL1
            S2_0_C0_C8_5 RW DBGBCR8_EL1
            S2_0_C0_C8_6 RW DBGWVR8_EL1
            S2_0_C0_C8_7 RW DBGWCR8_EL1
            S2_0_C0_C9_4 RW DBGBVR9_EL1
            S2_0_C0_C9_5 RW DBGBCR9_EL1
            S2_0_C0_C9_6 RW DBGWVR9_EL1
            S2_0_C0_C9_7 RW DBGWCR9_EL1
            S2_0_C0_C10_4 RW DBGBVR10_EL1
            S2_0_C0_C10_5 RW DBGBCR10_EL1
            S2_0_C0_C10_6 RW DBGWVR10_EL1
            S2_0_C0_C10_7 RW DBGWCR10_EL1
            S2_0_C0_C11_4 RW DBGBVR11_EL1
            S2_0_C0_C11_5 RW DBGBCR11_EL1
            S2_0_C0_C11_6 RW DBGWVR11_EL1
            S2_0_C0_C11_7 RW DBGWCR11_EL1
            S2_0_C0_C12_4 RW DBGBVR12_EL1
            S2_0_C0_C12_5 RW DBGBCR12_EL1
            S2_0_C0_C12_6 RW DBGWVR12_EL1
            S2_0_C0_C12_7 RW DBGWCR12_EL1
            S2_0_C0_C13_4 RW DBGBVR13_EL1
            S2_0_C0_C13_5 RW DBGBCR13_EL1
            S2_0_C0_C13_6 RW DBGWVR13_EL1
            S2_0_C0_C13_7 RW DBGWCR13_EL1
            S2_0_C0_C14_4 RW DBGBVR14_EL1
            S2_0_C0_C14_5 RW DBGBCR14_EL1
            S2_0_C0_C14_6 RW DBGWVR14_EL1
            S2_0_C0_C14_7 RW DBGWCR14_EL1
            S2_0_C0_C15_4 RW DBGBVR15_EL1
            S2_0_C0_C15_5 RW DBGBCR15_EL1
            S2_0_C0_C15_6 RW DBGWVR15_EL1
            S2_0_C0_C15_7 RW DBGWCR15_EL1
            S2_0_C1_C0_0 R MDRAR_EL1
            S2_0_C1_C0_4 W OSLAR_EL1
            S2_0_C1_C1_4 R OSLSR_EL1
            S2_0_C1_C3_4 RW OSDLR_EL1
            S2_0_C1_C4_4 RW DBGPRCR_EL1
            S2_0_C7_C8_6 RW DBGCLAIMSET_EL1
            S2_0_C7_C9_6 RW DBGCLAIMCLR_EL1
            S2_0_C7_C14_6 R DBGAUTHSTATUS_EL1
            S2_1_C0_C0_1 RW TRCTRACEIDR
            S2_1_C0_C0_2 RW TRCVICTLR
            S2_1_C0_C0_4 RW TRCSEQEVR0
            S2_1_C0_C0_5 RW TRCCNTRLDVR0
            S2_1_C0_C0_6 R TRCIDR8
            S2_1_C0_C0_7 RW TRCIMSPEC0
            S2_1_C0_C1_0 RW TRCPRGCTLR
            S2_1_C0_C1_1 RW TRCQCTLR
            S2_1_C0_C1_2 RW TRCVIIECTLR
            S2_1_C0_C1_4 RW TRCSEQEVR1
            S2_1_C0_C1_5 RW TRCCNTRLDVR1
            S2_1_C0_C1_6 R TRCIDR9
            S2_1_C0_C1_7 RW TRCIMSPEC1
            S2_1_C0_C2_0 RW TRCPROCSELR
            S2_1_C0_C2_2 RW TRCVISSCTLR
            S2_1_C0_C2_4 RW TRCSEQEVR2
            S2_1_C0_C2_5 RW TRCCNTRLDVR2
            S2_1_C0_C2_6 R TRCIDR10
            S2_1_C0_C2_7 RW TRCIMSPEC2
            S2_1_C0_C3_0 R TRCSTATR
            S2_1_C0_C3_2 RW TRCVIPCSSCTLR
            S2_1_C0_C3_5 RW TRCCNTRLDVR3
            S2_1_C0_C3_6 R TRCIDR11
            S2_1_C0_C3_7 RW TRCIMSPEC3
            S2_1_C0_C4_0 RW TRCCONFIGR
            S2_1_C0_C4_5 RW TRCCNTCTLR0
            S2_1_C0_C4_6 R TRCIDR12
            S2_1_C0_C4_7 RW TRCIMSPEC4
            S2_1_C0_C5_5 RW TRCCNTCTLR1
            S2_1_C0_C5_6 R TRCIDR13
            S2_1_C0_C5_7 RW TRCIMSPEC5
            S2_1_C0_C6_0 RW TRCAUXCTLR
            S2_1_C0_C6_4 RW TRCSEQRSTEVR
            S2_1_C0_C6_5 RW TRCCNTCTLR2
            S2_1_C0_C6_7 RW TRCIMSPEC6
            S2_1_C0_C7_4 RW TRCSEQSTR
            S2_1_C0_C7_5 RW TRCCNTCTLR3
            S2_1_C0_C7_7 RW TRCIMSPEC7
            S2_1_C0_C8_0 RW TRCEVENTCTL0R
            S2_1_C0_C8_2 RW TRCVDCTLR
            S2_1_C0_C8_4 RW TRCEXTINSELR
            S2_1_C0_C8_5 RW TRCCNTVR0
            S2_1_C0_C8_7 R TRCIDR0
            S2_1_C0_C9_0 RW TRCEVENTCTL1R
            S2_1_C0_C9_2 RW TRCVDSACCTLR
            S2_1_C0_C9_4 RW TRCEXTINSELR1
            S2_1_C0_C9_5 RW TRCCNTVR1
            S2_1_C0_C9_7 R TRCIDR1
            S2_1_C0_C10_0 RW TRCRSR
            S2_1_C0_C10_2 RW TRCVDARCCTLR
            S2_1_C0_C10_4 RW TRCEXTINSELR2
            S2_1_C0_C10_5 RW TRCCNTVR2
            S2_1_C0_C10_7 R TRCIDR2
            S2_1_C0_C11_0 RW TRCSTALLCTLR
            S2_1_C0_C11_4 RW TRCEXTINSELR3
            S2_1_C0_C11_5 RW TRCCNTVR3
            S2_1_C0_C11_7 R TRCIDR3
            S2_1_C0_C12_0 RW TRCTSCTLR
            S2_1_C0_C12_7 R TRCIDR4
            S2_1_C0_C13_0 RW TRCSYNCPR
            S2_1_C0_C13_7 R TRCIDR5
            S2_1_C0_C14_0 RW TRCCCCTLR
            S2_1_C0_C14_7 R TRCIDR6
            S2_1_C0_C15_0 RW TRCBBCTLR
            S2_1_C0_C15_7 R TRCIDR7
            S2_1_C1_C0_1 RW TRCRSCTLR16
            S2_1_C1_C0_2 RW TRCSSCCR0
            S2_1_C1_C0_3 RW TRCSSPCICR0
            S2_1_C1_C0_4 W TRCOSLAR
            S2_1_C1_C1_1 RW TRCRSCTLR17
            S2_1_C1_C1_2 RW TRCSSCCR1
            S2_1_C1_C1_3 RW TRCSSPCICR1
            S2_1_C1_C1_4 R TRCOSLSR
            S2_1_C1_C2_0 RW TRCRSCTLR2
            S2_1_C1_C2_1 RW TRCRSCTLR18
            S2_1_C1_C2_2 RW TRCSSCCR2
            S2_1_C1_C2_3 RW TRCSSPCICR2
            S2_1_C1_C3_0 RW TRCRSCTLR3
            S2_1_C1_C3_1 RW TRCRSCTLR19
            S2_1_C1_C3_2 RW TRCSSCCR3
            S2_1_C1_C3_3 RW TRCSSPCICR3
            S2_1_C1_C4_0 RW TRCRSCTLR4
            S2_1_C1_C4_1 RW TRCRSCTLR20
            S2_1_C1_C4_2 RW TRCSSCCR4
            S2_1_C1_C4_3 RW TRCSSPCICR4
            S2_1_C1_C4_4 RW TRCPDCR
            S2_1_C1_C5_0 RW TRCRSCTLR5
            S2_1_C1_C5_1 RW TRCRSCTLR21
            S2_1_C1_C5_2 RW TRCSSCCR5
            S2_1_C1_C5_3 RW TRCSSPCICR5
            S2_1_C1_C5_4 R TRCPDSR
            S2_1_C1_C6_0 RW TRCRSCTLR6
            S2_1_C1_C6_1 RW TRCRSCTLR22
            S2_1_C1_C6_2 RW TRCSSCCR6
            S2_1_C1_C6_3 RW TRCSSPCICR6
            S2_1_C1_C7_0 RW TRCRSCTLR7
            S2_1_C1_C7_1 RW TRCRSCTLR23
            S2_1_C1_C7_2 RW TRCSSCCR7
            S2_1_C1_C7_3 RW TRCSSPCICR7
            S2_1_C1_C8_0 RW TRCRSCTLR8
            S2_1_C1_C8_1 RW TRCRSCTLR24
            S2_1_C1_C8_2 RW TRCSSCSR0
            S2_1_C1_C9_0 RW TRCRSCTLR9
            S2_1_C1_C9_1 RW TRCRSCTLR25
            S2_1_C1_C9_2 RW TRCSSCSR1
            S2_1_C1_C10_0 RW TRCRSCTLR10
            S2_1_C1_C10_1 RW TRCRSCTLR26
            S2_1_C1_C10_2 RW TRCSSCSR2
            S2_1_C1_C11_0 RW TRCRSCTLR11
            S2_1_C1_C11_1 RW TRCRSCTLR27
            S2_1_C1_C11_2 RW TRCSSCSR3
            S2_1_C1_C12_0 RW TRCRSCTLR12
            S2_1_C1_C12_1 RW TRCRSCTLR28
            S2_1_C1_C12_2 RW TRCSSCSR4
            S2_1_C1_C13_0 RW TRCRSCTLR13
            S2_1_C1_C13_1 RW TRCRSCTLR29
            S2_1_C1_C13_2 RW TRCSSCSR5
            S2_1_C1_C14_0 RW TRCRSCTLR14
            S2_1_C1_C14_1 RW TRCRSCTLR30
            S2_1_C1_C14_2 RW TRCSSCSR6
            S2_1_C1_C15_0 RW TRCRSCTLR15
            S2_1_C1_C15_1 RW TRCRSCTLR31
            S2_1_C1_C15_2 RW TRCSSCSR7
            S2_1_C2_C0_0 RW TRCACVR0
            S2_1_C2_C0_1 RW TRCACVR8
            S2_1_C2_C0_2 RW TRCACATR0
            S2_1_C2_C0_3 RW TRCACATR8
            S2_1_C2_C0_4 RW TRCDVCVR0
            S2_1_C2_C0_5 RW TRCDVCVR4
            S2_1_C2_C0_6 RW TRCDVCMR0
            S2_1_C2_C0_7 RW TRCDVCMR4
            S2_1_C2_C2_0 RW TRCACVR1
            S2_1_C2_C2_1 RW TRCACVR9
            S2_1_C2_C2_2 RW TRCACATR1
            S2_1_C2_C2_3 RW TRCACATR9
            S2_1_C2_C4_0 RW TRCACVR2
            S2_1_C2_C4_1 RW TRCACVR10
            S2_1_C2_C4_2 RW TRCACATR2
            S2_1_C2_C4_3 RW TRCACATR10
            S2_1_C2_C4_4 RW TRCDVCVR1
            S2_1_C2_C4_5 RW TRCDVCVR5
            S2_1_C2_C4_6 RW TRCDVCMR1
            S2_1_C2_C4_7 RW TRCDVCMR5
            S2_1_C2_C6_0 RW TRCACVR3
            S2_1_C2_C6_1 RW TRCACVR11
            S2_1_C2_C6_2 RW TRCACATR3
            S2_1_C2_C6_3 RW TRCACATR11
            S2_1_C2_C8_0 RW TRCACVR4
            S2_1_C2_C8_1 RW TRCACVR12
            S2_1_C2_C8_2 RW TRCACATR4
            S2_1_C2_C8_3 RW TRCACATR12
            S2_1_C2_C8_4 RW TRCDVCVR2
            S2_1_C2_C8_5 RW TRCDVCVR6
            S2_1_C2_C8_6 RW TRCDVCMR2
            S2_1_C2_C8_7 RW TRCDVCMR6
            S2_1_C2_C10_0 RW TRCACVR5
            S2_1_C2_C10_1 RW TRCACVR13
            S2_1_C2_C10_2 RW TRCACATR5
            S2_1_C2_C10_3 RW TRCACATR13
            S2_1_C2_C12_0 RW TRCACVR6
            S2_1_C2_C12_1 RW TRCACVR14
            S2_1_C2_C12_2 RW TRCACATR6
            S2_1_C2_C12_3 RW TRCACATR14
            S2_1_C2_C12_4 RW TRCDVCVR3
            S2_1_C2_C12_5 RW TRCDVCVR7
            S2_1_C2_C12_6 RW TRCDVCMR3
            S2_1_C2_C12_7 RW TRCDVCMR7
            S2_1_C2_C14_0 RW TRCACVR7
            S2_1_C2_C14_1 RW TRCACVR15
            S2_1_C2_C14_2 RW TRCACATR7
            S2_1_C2_C14_3 RW TRCACATR15
            S2_1_C3_C0_0 RW TRCCIDCVR0
            S2_1_C3_C0_1 RW TRCVMIDCVR0
            S2_1_C3_C0_2 RW TRCCIDCCTLR0
            S2_1_C3_C1_2 RW TRCCIDCCTLR1
            S2_1_C3_C2_0 RW TRCCIDCVR1
            S2_1_C3_C2_1 RW TRCVMIDCVR1
            S2_1_C3_C2_2 RW TRCVMIDCCTLR0
            S2_1_C3_C3_2 RW TRCVMIDCCTLR1
            S2_1_C3_C4_0 RW TRCCIDCVR2
            S2_1_C3_C4_1 RW TRCVMIDCVR2
            S2_1_C3_C6_0 RW TRCCIDCVR3
            S2_1_C3_C6_1 RW TRCVMIDCVR3
            S2_1_C3_C8_0 RW TRCCIDCVR4
            S2_1_C3_C8_1 RW TRCVMIDCVR4
            S2_1_C3_C10_0 RW TRCCIDCVR5
            S2_1_C3_C10_1 RW TRCVMIDCVR5
            S2_1_C3_C12_0 RW TRCCIDCVR6
            S2_1_C3_C12_1 RW TRCVMIDCVR6
            S2_1_C3_C14_0 RW TRCCIDCVR7
            S2_1_C3_C14_1 RW TRCVMIDCVR7
            S2_1_C7_C0_4 RW TRCITCTRL
            S2_1_C7_C2_7 R TRCDEVID
            S2_1_C7_C3_7 R TRCDEVTYPE
            S2_1_C7_C4_7 R TRCPIDR4
            S2_1_C7_C5_7 R TRCPIDR5
            S2_1_C7_C6_7 R TRCPIDR6
            S2_1_C7_C7_7 R TRCPIDR7
            S2_1_C7_C8_6 RW TRCCLAIMSET
            S2_1_C7_C8_7 R TRCPIDR0
            S2_1_C7_C9_6 RW TRCCLAIMCLR
            S2_1_C7_C9_7 R TRCPIDR1
            S2_1_C7_C10_6 R TRCDEVAFF0
            S2_1_C7_C10_7 R TRCPIDR2
            S2_1_C7_C11_6 R TRCDEVAFF1
            S2_1_C7_C11_7 R TRCPIDR3
            S2_1_C7_C12_6 W TRCLAR
            S2_1_C7_C12_7 R TRCCIDR0
            S2_1_C7_C13_6 R TRCLSR
            S2_1_C7_C13_7 R TRCCIDR1
            S2_1_C7_C14_6 R TRCAUTHSTATUS
            S2_1_C7_C14_7 R TRCCIDR2
            S2_1_C7_C15_6 R TRCDEVARCH
            S2_1_C7_C15_7 R TRCCIDR3
            S2_2_C0_C0_0 RW TEECR32_EL1
            S2_2_C1_C0_0 RW TEEHBR32_EL1
            S2_3_C0_C1_0 R MDCCSR_EL0
            S2_3_C0_C4_0 RW DBGDTR_EL0
            S2_3_C0_C5_0 R DBGDTRRX_EL0
            S2_3_C0_C5_0 W DBGDTRTX_EL0
            S2_4_C0_C7_0 RW DBGVCR32_EL2
            S3_0_C0_C0_0 R MIDR_EL1
            S3_0_C0_C0_5 R MPIDR_EL1
            S3_0_C0_C0_6 R REVIDR_EL1
            S3_0_C0_C1_0 R ID_PFR0_EL1
            S3_0_C0_C1_1 R ID_PFR1_EL1
            S3_0_C0_C1_2 R ID_DFR0_EL1
            S3_0_C0_C1_3 R ID_AFR0_EL1
            S3_0_C0_C1_4 R ID_MMFR0_EL1
            S3_0_C0_C1_5 R ID_MMFR1_EL1
            S3_0_C0_C1_6 R ID_MMFR2_EL1
            S3_0_C0_C1_7 R ID_MMFR3_EL1
            S3_0_C0_C2_0 R ID_ISAR0_EL1
            S3_0_C0_C2_1 R ID_ISAR1_EL1
            S3_0_C0_C2_2 R ID_ISAR2_EL1
            S3_0_C0_C2_3 R ID_ISAR3_EL1
            S3_0_C0_C2_4 R ID_ISAR4_EL1
            S3_0_C0_C2_5 R ID_ISAR5_EL1
            S3_0_C0_C2_6 R ID_MMFR4_EL1
            S3_0_C0_C2_7 R ID_ISAR6_EL1
            S3_0_C0_C3_0 R MVFR0_EL1
            S3_0_C0_C3_1 R MVFR1_EL1
            S3_0_C0_C3_2 R MVFR2_EL1
            S3_0_C0_C3_4 R ID_PFR2_EL1
            S3_0_C0_C3_6 R ID_MMFR5_EL1
            S3_0_C0_C4_0 R ID_AA64PFR0_EL1
            S3_0_C0_C4_1 R ID_AA64PFR1_EL1
            S3_0_C0_C5_0 R ID_AA64DFR0_EL1
            S3_0_C0_C5_1 R ID_AA64DFR1_EL1
            S3_0_C0_C5_4 R ID_AA64AFR0_EL1
            S3_0_C0_C5_5 R ID_AA64AFR1_EL1
            S3_0_C0_C6_0 R ID_AA64ISAR0_EL1
            S3_0_C0_C6_1 R ID_AA64ISAR1_EL1
            S3_0_C0_C6_2 R ID_AA64ISAR2_EL1
            S3_0_C0_C7_0 R ID_AA64MMFR0_EL1
            S3_0_C0_C7_1 R ID_AA64MMFR1_EL1
            S3_0_C0_C7_2 R ID_AA64MMFR2_EL1
            S3_0_C1_C0_0 RW SCTLR_EL1
            S3_0_C1_C0_1 RW ACTLR_EL1
            S3_0_C1_C0_2 RW CPACR_EL1
            S3_0_C1_C2_1 RW TRFCR_EL1
            S3_0_C2_C0_0 RW TTBR0_EL1
            S3_0_C2_C0_1 RW TTBR1_EL1
            S3_0_C2_C0_2 RW TCR_EL1
            S3_0_C2_C1_0 RW APIAKeyLo_EL1
            S3_0_C2_C1_1 RW APIAKeyHi_EL1
            S3_0_C2_C1_2 RW APIBKeyLo_EL1
            S3_0_C2_C1_3 RW APIBKeyHi_EL1
            S3_0_C2_C2_0 RW APDAKeyLo_EL1
            S3_0_C2_C2_1 RW APDAKeyHi_EL1
            S3_0_C2_C2_2 RW APDBKeyLo_EL1
            S3_0_C2_C2_3 RW APDBKeyHi_EL1
            S3_0_C2_C3_0 RW APGAKeyLo_EL1
            S3_0_C2_C3_1 RW APGAKeyHi_EL1
            S3_0_C4_C0_0 RW SPSR_EL1
            S3_0_C4_C0_1 RW ELR_EL1
            S3_0_C4_C1_0 RW SP_EL0
            S3_0_C4_C2_0 RW SPSel
            S3_0_C4_C2_2 R CurrentEL
            S3_0_C4_C2_3 RW PAN
            S3_0_C4_C2_4 RW UAO
            S3_0_C4_C6_0 RW ICC_PMR_EL1
            S3_0_C5_C1_0 RW AFSR0_EL1
            S3_0_C5_C1_1 RW AFSR1_EL1
            S3_0_C5_C2_0 RW ESR_EL1
            S3_0_C5_C3_0 R ERRIDR_EL1
            S3_0_C5_C3_1 RW ERRSELR_EL1
            S3_0_C5_C4_0 R ERXFR_EL1
            S3_0_C5_C4_1 RW ERXCTLR_EL1
            S3_0_C5_C4_2 RW ERXSTATUS_EL1
            S3_0_C5_C4_3 RW ERXADDR_EL1
            S3_0_C5_C4_4 R ERXPFGF_EL1
            S3_0_C5_C4_5 RW ERXPFGCTL_EL1
            S3_0_C5_C4_6 RW ERXPFGCDN_EL1
            S3_0_C5_C5_0 RW ERXMISC0_EL1
            S3_0_C5_C5_1 RW ERXMISC1_EL1
            S3_0_C5_C5_2 RW ERXMISC2_EL1
            S3_0_C5_C5_3 RW ERXMISC3_EL1
            S3_0_C6_C0_0 RW FAR_EL1
            S3_0_C7_C4_0 RW PAR_EL1
            S3_0_C9_C11_0 RW TRBLIMITR_EL1
            S3_0_C9_C11_1 RW TRBPTR_EL1
            S3_0_C9_C11_2 RW TRBBASER_EL1
            S3_0_C9_C11_3 RW TRBSR_EL1
            S3_0_C9_C11_4 RW TRBMAR_EL1
            S3_0_C9_C11_6 RW TRBTRG_EL1
            S3_0_C9_C11_7 R TRBIDR_EL1
            S3_0_C9_C14_1 RW PMINTENSET_EL1
            S3_0_C9_C14_2 RW PMINTENCLR_EL1
            S3_0_C9_C14_6 RW PMMIR_EL1
            S3_0_C10_C2_0 RW MAIR_EL1
            S3_0_C10_C3_0 RW AMAIR_EL1
            S3_0_C10_C4_0 RW LORSA_EL1
            S3_0_C10_C4_1 RW LOREA_EL1
            S3_0_C10_C4_2 RW LORN_EL1
            S3_0_C10_C4_3 RW LORC_EL1
            S3_0_C10_C4_4 R MPAMIDR_EL1
            S3_0_C10_C4_7 R LORID_EL1
            S3_0_C10_C5_0 RW MPAM1_EL1
            S3_0_C10_C5_1 RW MPAM0_EL1
            S3_0_C12_C0_0 RW VBAR_EL1
            S3_0_C12_C0_1 R RVBAR_EL1
            S3_0_C12_C0_2 RW RMR_EL1
            S3_0_C12_C1_0 R ISR_EL1
            S3_0_C12_C1_1 RW DISR_EL1
            S3_0_C12_C8_0 R ICC_IAR0_EL1
            S3_0_C12_C8_1 W ICC_EOIR0_EL1
            S3_0_C12_C8_2 R ICC_HPPIR0_EL1
            S3_0_C12_C8_3 RW ICC_BPR0_EL1
            S3_0_C12_C8_4 RW ICC_AP0R0_EL1
            S3_0_C12_C8_5 RW ICC_AP0R1_EL1
            S3_0_C12_C8_6 RW ICC_AP0R2_EL1
            S3_0_C12_C8_7 RW ICC_AP0R3_EL1
            S3_0_C12_C9_0 RW ICC_AP1R0_EL1
            S3_0_C12_C9_1 RW ICC_AP1R1_EL1
            S3_0_C12_C9_2 RW ICC_AP1R2_EL1
            S3_0_C12_C9_3 RW ICC_AP1R3_EL1
            S3_0_C12_C11_1 W ICC_DIR_EL1
            S3_0_C12_C11_3 R ICC_RPR_EL1
            S3_0_C12_C11_5 W ICC_SGI1R_EL1
            S3_0_C12_C11_6 W ICC_ASGI1R_EL1
            S3_0_C12_C11_7 W ICC_SGI0R_EL1
            S3_0_C12_C12_0 R ICC_IAR1_EL1
            S3_0_C12_C12_1 W ICC_EOIR1_EL1
            S3_0_C12_C12_2 R ICC_HPPIR1_EL1
            S3_0_C12_C12_3 RW ICC_BPR1_EL1
            S3_0_C12_C12_4 RW ICC_CTLR_EL1
            S3_0_C12_C12_5 RW ICC_SRE_EL1
            S3_0_C12_C12_6 RW ICC_IGRPEN0_EL1
            S3_0_C12_C12_7 RW ICC_IGRPEN1_EL1
            S3_0_C13_C0_1 RW CONTEXTIDR_EL1
            S3_0_C13_C0_4 RW TPIDR_EL1
            S3_0_C13_C0_7 RW SCXTNUM_EL1
            S3_0_C14_C1_0 RW CNTKCTL_EL1
            S3_1_C0_C0_0 R CCSIDR_EL1
            S3_1_C0_C0_1 R CLIDR_EL1
            S3_1_C0_C0_2 R CCSIDR2_EL1
            S3_1_C0_C0_7 R AIDR_EL1
            S3_2_C0_C0_0 RW CSSELR_EL1
            S3_3_C0_C0_1 R CTR_EL0
            S3_3_C0_C0_7 R DCZID_EL0
            S3_3_C4_C2_0 RW NZCV
            S3_3_C4_C2_1 RW DAIF
            S3_3_C4_C2_5 RW DIT
            S3_3_C4_C2_6 RW SSBS
            S3_3_C4_C4_0 RW FPCR
            S3_3_C4_C4_1 RW FPSR
            S3_3_C4_C5_0 RW DSPSR_EL0
            S3_3_C4_C5_1 RW DLR_EL0
            S3_3_C9_C12_0 RW PMCR_EL0
            S3_3_C9_C12_1 RW PMCNTENSET_EL0
            S3_3_C9_C12_2 RW PMCNTENCLR_EL0
            S3_3_C9_C12_3 RW PMOVSCLR_EL0
            S3_3_C9_C12_4 W PMSWINC_EL0
            S3_3_C9_C12_5 RW PMSELR_EL0
            S3_3_C9_C12_6 R PMCEID0_EL0
            S3_3_C9_C12_7 R PMCEID1_EL0
            S3_3_C9_C13_0 RW PMCCNTR_EL0
            S3_3_C9_C13_1 RW PMXEVTYPER_EL0
            S3_3_C9_C13_2 RW PMXEVCNTR_EL0
            S3_3_C9_C14_0 RW PMUSERENR_EL0
            S3_3_C9_C14_3 RW PMOVSSET_EL0
            S3_3_C13_C0_2 RW TPIDR_EL0
            S3_3_C13_C0_3 RW TPIDRRO_EL0
            S3_3_C13_C0_7 RW SCXTNUM_EL0
            S3_3_C13_C2_0 RW AMCR_EL0
            S3_3_C13_C2_1 R AMCFGR_EL0
            S3_3_C13_C2_2 R AMCGCR_EL0
            S3_3_C13_C2_3 RW AMUSERENR_EL0
            S3_3_C13_C2_4 RW AMCNTENCLR0_EL0
            S3_3_C13_C2_5 RW AMCNTENSET0_EL0
            S3_3_C13_C3_0 RW AMCNTENCLR1_EL0
            S3_3_C13_C3_1 RW AMCNTENSET1_EL0
            S3_3_C13_C4_0 RW AMEVCNTR00_EL0
            S3_3_C13_C4_1 RW AMEVCNTR01_EL0
            S3_3_C13_C4_2 RW AMEVCNTR02_EL0
            S3_3_C13_C4_3 RW AMEVCNTR03_EL0
            S3_3_C13_C6_0 R AMEVTYPER00_EL0
            S3_3_C13_C6_1 R AMEVTYPER01_EL0
            S3_3_C13_C6_2 R AMEVTYPER02_EL0
            S3_3_C13_C6_3 R AMEVTYPER03_EL0
            S3_3_C13_C12_0 RW AMEVCNTR10_EL0
            S3_3_C13_C12_1 RW AMEVCNTR11_EL0
            S3_3_C13_C12_2 RW AMEVCNTR12_EL0
            S3_3_C13_C12_3 RW AMEVCNTR13_EL0
            S3_3_C13_C12_4 RW AMEVCNTR14_EL0
            S3_3_C13_C12_5 RW AMEVCNTR15_EL0
            S3_3_C13_C12_6 RW AMEVCNTR16_EL0
            S3_3_C13_C12_7 RW AMEVCNTR17_EL0
            S3_3_C13_C13_0 RW AMEVCNTR18_EL0
            S3_3_C13_C13_1 RW AMEVCNTR19_EL0
            S3_3_C13_C13_2 RW AMEVCNTR110_EL0
            S3_3_C13_C13_3 RW AMEVCNTR111_EL0
            S3_3_C13_C13_4 RW AMEVCNTR112_EL0
            S3_3_C13_C13_5 RW AMEVCNTR113_EL0
            S3_3_C13_C13_6 RW AMEVCNTR114_EL0
            S3_3_C13_C13_7 RW AMEVCNTR115_EL0
            S3_3_C13_C14_0 RW AMEVTYPER10_EL0
            S3_3_C13_C14_1 RW AMEVTYPER11_EL0
            S3_3_C13_C14_2 RW AMEVTYPER12_EL0
            S3_3_C13_C14_3 RW AMEVTYPER13_EL0
            S3_3_C13_C14_4 RW AMEVTYPER14_EL0
            S3_3_C13_C14_5 RW AMEVTYPER15_EL0
            S3_3_C13_C14_6 RW AMEVTYPER16_EL0
            S3_3_C13_C14_7 RW AMEVTYPER17_EL0
            S3_3_C13_C15_0 RW AMEVTYPER18_EL0
            S3_3_C13_C15_1 RW AMEVTYPER19_EL0
            S3_3_C13_C15_2 RW AMEVTYPER110_EL0
            S3_3_C13_C15_3 RW AMEVTYPER111_EL0
            S3_3_C13_C15_4 RW AMEVTYPER112_EL0
            S3_3_C13_C15_5 RW AMEVTYPER113_EL0
            S3_3_C13_C15_6 RW AMEVTYPER114_EL0
            S3_3_C13_C15_7 RW AMEVTYPER115_EL0
            S3_3_C14_C0_0 RW CNTFRQ_EL0
            S3_3_C14_C0_1 R CNTPCT_EL0
            S3_3_C14_C0_2 R CNTVCT_EL0
            S3_3_C14_C2_0 RW CNTP_TVAL_EL0
            S3_3_C14_C2_1 RW CNTP_CTL_EL0
            S3_3_C14_C2_2 RW CNTP_CVAL_EL0
            S3_3_C14_C3_0 RW CNTV_TVAL_EL0
            S3_3_C14_C3_1 RW CNTV_CTL_EL0
            S3_3_C14_C3_2 RW CNTV_CVAL_EL0
            S3_3_C14_C8_0 RW PMEVCNTR0_EL0
            S3_3_C14_C8_1 RW PMEVCNTR1_EL0
            S3_3_C14_C8_2 RW PMEVCNTR2_EL0
            S3_3_C14_C8_3 RW PMEVCNTR3_EL0
            S3_3_C14_C8_4 RW PMEVCNTR4_EL0
            S3_3_C14_C8_5 RW PMEVCNTR5_EL0
            S3_3_C14_C8_6 RW PMEVCNTR6_EL0
            S3_3_C14_C8_7 RW PMEVCNTR7_EL0
            S3_3_C14_C9_0 RW PMEVCNTR8_EL0
            S3_3_C14_C9_1 RW PMEVCNTR9_EL0
            S3_3_C14_C9_2 RW PMEVCNTR10_EL0
            S3_3_C14_C9_3 RW PMEVCNTR11_EL0
            S3_3_C14_C9_4 RW PMEVCNTR12_EL0
            S3_3_C14_C9_5 RW PMEVCNTR13_EL0
            S3_3_C14_C9_6 RW PMEVCNTR14_EL0
            S3_3_C14_C9_7 RW PMEVCNTR15_EL0
            S3_3_C14_C10_0 RW PMEVCNTR16_EL0
            S3_3_C14_C10_1 RW PMEVCNTR17_EL0
            S3_3_C14_C10_2 RW PMEVCNTR18_EL0
            S3_3_C14_C10_3 RW PMEVCNTR19_EL0
            S3_3_C14_C10_4 RW PMEVCNTR20_EL0
            S3_3_C14_C10_5 RW PMEVCNTR21_EL0
            S3_3_C14_C10_6 RW PMEVCNTR22_EL0
            S3_3_C14_C10_7 RW PMEVCNTR23_EL0
            S3_3_C14_C11_0 RW PMEVCNTR24_EL0
            S3_3_C14_C11_1 RW PMEVCNTR25_EL0
            S3_3_C14_C11_2 RW PMEVCNTR26_EL0
            S3_3_C14_C11_3 RW PMEVCNTR27_EL0
            S3_3_C14_C11_4 RW PMEVCNTR28_EL0
            S3_3_C14_C11_5 RW PMEVCNTR29_EL0
            S3_3_C14_C11_6 RW PMEVCNTR30_EL0
            S3_3_C14_C12_0 RW PMEVTYPER0_EL0
            S3_3_C14_C12_1 RW PMEVTYPER1_EL0
            S3_3_C14_C12_2 RW PMEVTYPER2_EL0
            S3_3_C14_C12_3 RW PMEVTYPER3_EL0
            S3_3_C14_C12_4 RW PMEVTYPER4_EL0
            S3_3_C14_C12_5 RW PMEVTYPER5_EL0
            S3_3_C14_C12_6 RW PMEVTYPER6_EL0
            S3_3_C14_C12_7 RW PMEVTYPER7_EL0
            S3_3_C14_C13_0 RW PMEVTYPER8_EL0
            S3_3_C14_C13_1 RW PMEVTYPER9_EL0
            S3_3_C14_C13_2 RW PMEVTYPER10_EL0
            S3_3_C14_C13_3 RW PMEVTYPER11_EL0
            S3_3_C14_C13_4 RW PMEVTYPER12_EL0
            S3_3_C14_C13_5 RW PMEVTYPER13_EL0
            S3_3_C14_C13_6 RW PMEVTYPER14_EL0
            S3_3_C14_C13_7 RW PMEVTYPER15_EL0
            S3_3_C14_C14_0 RW PMEVTYPER16_EL0
            S3_3_C14_C14_1 RW PMEVTYPER17_EL0
            S3_3_C14_C14_2 RW PMEVTYPER18_EL0
            S3_3_C14_C14_3 RW PMEVTYPER19_EL0
            S3_3_C14_C14_4 RW PMEVTYPER20_EL0
            S3_3_C14_C14_5 RW PMEVTYPER21_EL0
            S3_3_C14_C14_6 RW PMEVTYPER22_EL0
            S3_3_C14_C14_7 RW PMEVTYPER23_EL0
            S3_3_C14_C15_0 RW PMEVTYPER24_EL0
            S3_3_C14_C15_1 RW PMEVTYPER25_EL0
            S3_3_C14_C15_2 RW PMEVTYPER26_EL0
            S3_3_C14_C15_3 RW PMEVTYPER27_EL0
            S3_3_C14_C15_4 RW PMEVTYPER28_EL0
            S3_3_C14_C15_5 RW PMEVTYPER29_EL0
            S3_3_C14_C15_6 RW PMEVTYPER30_EL0
            S3_3_C14_C15_7 RW PMCCFILTR_EL0
            S3_4_C0_C0_0 RW VPIDR_EL2
            S3_4_C0_C0_5 RW VMPIDR_EL2
            S3_4_C1_C0_0 RW SCTLR_EL2
            S3_4_C1_C0_1 RW ACTLR_EL2
            S3_4_C1_C1_0 RW HCR_EL2
            S3_4_C1_C1_1 RW MDCR_EL2
            S3_4_C1_C1_2 RW CPTR_EL2
            S3_4_C1_C1_3 RW HSTR_EL2
            S3_4_C1_C1_7 RW HACR_EL2
            S3_4_C1_C2_1 RW TRFCR_EL2
            S3_4_C1_C3_1 RW SDER32_EL2
            S3_4_C2_C0_0 RW TTBR0_EL2
            S3_4_C2_C0_1 RW TTBR1_EL2
            S3_4_C2_C0_2 RW TCR_EL2
            S3_4_C2_C1_0 RW VTTBR_EL2
            S3_4_C2_C1_2 RW VTCR_EL2
            S3_4_C2_C2_0 RW VNCR_EL2
            S3_4_C2_C6_0 RW VSTTBR_EL2
            S3_4_C2_C6_2 RW VSTCR_EL2
            S3_4_C3_C0_0 RW DACR32_EL2
            S3_4_C4_C0_0 RW SPSR_EL2
            S3_4_C4_C0_1 RW ELR_EL2
            S3_4_C4_C1_0 RW SP_EL1
            S3_4_C4_C3_0 RW SPSR_irq
            S3_4_C4_C3_1 RW SPSR_abt
            S3_4_C4_C3_2 RW SPSR_und
            S3_4_C4_C3_3 RW SPSR_fiq
            S3_4_C5_C0_1 RW IFSR32_EL2
            S3_4_C5_C1_0 RW AFSR0_EL2
            S3_4_C5_C1_1 RW AFSR1_EL2
            S3_4_C5_C2_0 RW ESR_EL2
            S3_4_C5_C2_3 RW VSESR_EL2
            S3_4_C5_C3_0 RW FPEXC32_EL2
            S3_4_C6_C0_0 RW FAR_EL2
            S3_4_C6_C0_4 RW HPFAR_EL2
            S3_4_C10_C2_0 RW MAIR_EL2
            S3_4_C10_C3_0 RW AMAIR_EL2
            S3_4_C10_C4_0 RW MPAMHCR_EL2
            S3_4_C10_C4_1 RW MPAMVPMV_EL2
            S3_4_C10_C5_0 RW MPAM2_EL2
            S3_4_C10_C6_0 RW MPAMVPM0_EL2
            S3_4_C10_C6_1 RW MPAMVPM1_EL2
            S3_4_C10_C6_2 RW MPAMVPM2_EL2
            S3_4_C10_C6_3 RW MPAMVPM3_EL2
            S3_4_C10_C6_4 RW MPAMVPM4_EL2
            S3_4_C10_C6_5 RW MPAMVPM5_EL2
            S3_4_C10_C6_6 RW MPAMVPM6_EL2
            S3_4_C10_C6_7 RW MPAMVPM7_EL2
            S3_4_C12_C0_0 RW VBAR_EL2
            S3_4_C12_C0_1 R RVBAR_EL2
            S3_4_C12_C0_2 RW RMR_EL2
            S3_4_C12_C1_1 RW VDISR_EL2
            S3_4_C12_C8_0 RW ICH_AP0R0_EL2
            S3_4_C12_C8_1 RW ICH_AP0R1_EL2
            S3_4_C12_C8_2 RW ICH_AP0R2_EL2
            S3_4_C12_C8_3 RW ICH_AP0R3_EL2
            S3_4_C12_C9_0 RW ICH_AP1R0_EL2
            S3_4_C12_C9_1 RW ICH_AP1R1_EL2
            S3_4_C12_C9_2 RW ICH_AP1R2_EL2
            S3_4_C12_C9_3 RW ICH_AP1R3_EL2
            S3_4_C12_C9_5 RW ICC_SRE_EL2
            S3_4_C12_C11_0 RW ICH_HCR_EL2
            S3_4_C12_C11_1 R ICH_VTR_EL2
            S3_4_C12_C11_2 R ICH_MISR_EL2
            S3_4_C12_C11_3 R ICH_EISR_EL2
            S3_4_C12_C11_5 R ICH_ELRSR_EL2
            S3_4_C12_C11_7 RW ICH_VMCR_EL2
            S3_4_C12_C12_0 RW ICH_LR0_EL2
            S3_4_C12_C12_1 RW ICH_LR1_EL2
            S3_4_C12_C12_2 RW ICH_LR2_EL2
            S3_4_C12_C12_3 RW ICH_LR3_EL2
            S3_4_C12_C12_4 RW ICH_LR4_EL2
            S3_4_C12_C12_5 RW ICH_LR5_EL2
            S3_4_C12_C12_6 RW ICH_LR6_EL2
            S3_4_C12_C12_7 RW ICH_LR7_EL2
            S3_4_C12_C13_0 RW ICH_LR8_EL2
            S3_4_C12_C13_1 RW ICH_LR9_EL2
            S3_4_C12_C13_2 RW ICH_LR10_EL2
            S3_4_C12_C13_3 RW ICH_LR11_EL2
            S3_4_C12_C13_4 RW ICH_LR12_EL2
            S3_4_C12_C13_5 RW ICH_LR13_EL2
            S3_4_C12_C13_6 RW ICH_LR14_EL2
            S3_4_C12_C13_7 RW ICH_LR15_EL2
            S3_4_C13_C0_1 RW CONTEXTIDR_EL2
            S3_4_C13_C0_2 RW TPIDR_EL2
            S3_4_C13_C0_7 RW SCXTNUM_EL2
            S3_4_C14_C0_3 RW CNTVOFF_EL2
            S3_4_C14_C1_0 RW CNTHCTL_EL2
            S3_4_C14_C2_0 RW CNTHP_TVAL_EL2
            S3_4_C14_C2_1 RW CNTHP_CTL_EL2
            S3_4_C14_C2_2 RW CNTHP_CVAL_EL2
            S3_4_C14_C3_0 RW CNTHV_TVAL_EL2
            S3_4_C14_C3_1 RW CNTHV_CTL_EL2
            S3_4_C14_C3_2 RW CNTHV_CVAL_EL2
            S3_4_C14_C4_0 RW CNTHVS_TVAL_EL2
            S3_4_C14_C4_1 RW CNTHVS_CTL_EL2
            S3_4_C14_C4_2 RW CNTHVS_CVAL_EL2
            S3_4_C14_C5_0 RW CNTHPS_TVAL_EL2
            S3_4_C14_C5_1 RW CNTHPS_CTL_EL2
            S3_4_C14_C5_2 RW CNTHPS_CVAL_EL2
            S3_5_C1_C0_0 RW SCTLR_EL12
            S3_5_C1_C0_2 RW CPACR_EL12
            S3_5_C1_C2_1 RW TRFCR_EL12
            S3_5_C2_C0_0 RW TTBR0_EL12
            S3_5_C2_C0_1 RW TTBR1_EL12
            S3_5_C2_C0_2 RW TCR_EL12
            S3_5_C4_C0_0 RW SPSR_EL12
            S3_5_C4_C0_1 RW ELR_EL12
            S3_5_C5_C1_0 RW AFSR0_EL12
            S3_5_C5_C1_1 RW AFSR1_EL12
            S3_5_C5_C2_0 RW ESR_EL12
            S3_5_C6_C0_0 RW FAR_EL12
            S3_5_C10_C2_0 RW MAIR_EL12
            S3_5_C10_C3_0 RW AMAIR_EL12
            S3_5_C10_C5_0 RW MPAM1_EL12
            S3_5_C12_C0_0 RW VBAR_EL12
            S3_5_C13_C0_1 RW CONTEXTIDR_EL12
            S3_5_C13_C0_7 RW SCXTNUM_EL12
            S3_5_C14_C1_0 RW CNTKCTL_EL12
            S3_5_C14_C2_0 RW CNTP_TVAL_EL02
            S3_5_C14_C2_1 RW CNTP_CTL_EL02
            S3_5_C14_C2_2 RW CNTP_CVAL_EL02
            S3_5_C14_C3_0 RW CNTV_TVAL_EL02
            S3_5_C14_C3_1 RW CNTV_CTL_EL02
            S3_5_C14_C3_2 RW CNTV_CVAL_EL02
            S3_6_C1_C0_0 RW SCTLR_EL3
            S3_6_C1_C0_1 RW ACTLR_EL3
            S3_6_C1_C1_0 RW SCR_EL3
            S3_6_C1_C1_1 RW SDER32_EL3
            S3_6_C1_C1_2 RW CPTR_EL3
            S3_6_C1_C3_1 RW MDCR_EL3
            S3_6_C2_C0_0 RW TTBR0_EL3
            S3_6_C2_C0_2 RW TCR_EL3
            S3_6_C4_C0_0 RW SPSR_EL3
            S3_6_C4_C0_1 RW ELR_EL3
            S3_6_C4_C1_0 RW SP_EL2
            S3_6_C5_C1_0 RW AFSR0_EL3
            S3_6_C5_C1_1 RW AFSR1_EL3
            S3_6_C5_C2_0 RW ESR_EL3
            S3_6_C6_C0_0 RW FAR_EL3
            S3_6_C10_C2_0 RW MAIR_EL3
            S3_6_C10_C3_0 RW AMAIR_EL3
            S3_6_C10_C5_0 RW MPAM3_EL3
            S3_6_C12_C0_0 RW VBAR_EL3
            S3_6_C12_C0_1 R RVBAR_EL3
            S3_6_C12_C0_2 RW RMR_EL3
            S3_6_C12_C12_4 RW ICC_CTLR_EL3
            S3_6_C12_C12_5 RW ICC_SRE_EL3
            S3_6_C12_C12_7 RW ICC_IGRPEN1_EL3
            S3_6_C13_C0_2 RW TPIDR_EL3
            S3_6_C13_C0_7 RW SCXTNUM_EL3
            S3_7_C14_C2_0 RW CNTPS_TVAL_EL1
            S3_7_C14_C2_1 RW CNTPS_CTL_EL1
            S3_7_C14_C2_2 RW CNTPS_CVAL_EL1
            """;

    /** SYS operations that have an alias: op1 CRn CRm op2 mnemonic operation, Xt when the alias takes a register. */
    private static final String SYSOPS = """
            0 7 1 0 ic ialluis
            0 7 5 0 ic iallu
            0 7 6 1 dc ivac Xt
            0 7 6 2 dc isw Xt
            0 7 8 0 at s1e1r Xt
            0 7 8 1 at s1e1w Xt
            0 7 8 2 at s1e0r Xt
            0 7 8 3 at s1e0w Xt
            0 7 9 0 at s1e1rp Xt
            0 7 9 1 at s1e1wp Xt
            0 7 10 2 dc csw Xt
            0 7 14 2 dc cisw Xt
            0 8 1 0 tlbi vmalle1os
            0 8 1 1 tlbi vae1os Xt
            0 8 1 2 tlbi aside1os Xt
            0 8 1 3 tlbi vaae1os Xt
            0 8 1 5 tlbi vale1os Xt
            0 8 1 7 tlbi vaale1os Xt
            0 8 2 1 tlbi rvae1is Xt
            0 8 2 3 tlbi rvaae1is Xt
            0 8 2 5 tlbi rvale1is Xt
            0 8 2 7 tlbi rvaale1is Xt
            0 8 3 0 tlbi vmalle1is
            0 8 3 1 tlbi vae1is Xt
            0 8 3 2 tlbi aside1is Xt
            0 8 3 3 tlbi vaae1is Xt
            0 8 3 5 tlbi vale1is Xt
            0 8 3 7 tlbi vaale1is Xt
            0 8 5 1 tlbi rvae1os Xt
            0 8 5 3 tlbi rvaae1os Xt
            0 8 5 5 tlbi rvale1os Xt
            0 8 5 7 tlbi rvaale1os Xt
            0 8 6 1 tlbi rvae1 Xt
            0 8 6 3 tlbi rvaae1 Xt
            0 8 6 5 tlbi rvale1 Xt
            0 8 6 7 tlbi rvaale1 Xt
            0 8 7 0 tlbi vmalle1
            0 8 7 1 tlbi vae1 Xt
            0 8 7 2 tlbi aside1 Xt
            0 8 7 3 tlbi vaae1 Xt
            0 8 7 5 tlbi vale1 Xt
            0 8 7 7 tlbi vaale1 Xt
            3 7 3 4 cfp rctx Xt
            3 7 3 5 dvp rctx Xt
            3 7 3 7 cpp rctx Xt
            3 7 4 1 dc zva Xt
            3 7 5 1 ic ivau Xt
            3 7 10 1 dc cvac Xt
            3 7 11 1 dc cvau Xt
            3 7 12 1 dc cvap Xt
            3 7 13 1 dc cvadp Xt
            3 7 14 1 dc civac Xt
            4 7 8 0 at s1e2r Xt
            4 7 8 1 at s1e2w Xt
            4 7 8 4 at s12e1r Xt
            4 7 8 5 at s12e1w Xt
            4 7 8 6 at s12e0r Xt
            4 7 8 7 at s12e0w Xt
            4 8 0 1 tlbi ipas2e1is Xt
            4 8 0 2 tlbi ripas2e1is Xt
            4 8 0 5 tlbi ipas2le1is Xt
            4 8 0 6 tlbi ripas2le1is Xt
            4 8 1 0 tlbi alle2os
            4 8 1 1 tlbi vae2os Xt
            4 8 1 4 tlbi alle1os
            4 8 1 5 tlbi vale2os Xt
            4 8 1 6 tlbi vmalls12e1os
            4 8 2 1 tlbi rvae2is Xt
            4 8 2 5 tlbi rvale2is Xt
            4 8 3 0 tlbi alle2is
            4 8 3 1 tlbi vae2is Xt
            4 8 3 4 tlbi alle1is
            4 8 3 5 tlbi vale2is Xt
            4 8 3 6 tlbi vmalls12e1is
            4 8 4 0 tlbi ipas2e1os Xt
            4 8 4 1 tlbi ipas2e1 Xt
            4 8 4 2 tlbi ripas2e1 Xt
            4 8 4 3 tlbi ripas2e1os Xt
            4 8 4 4 tlbi ipas2le1os Xt
            4 8 4 5 tlbi ipas2le1 Xt
            4 8 4 6 tlbi ripas2le1 Xt
            4 8 4 7 tlbi ripas2le1os Xt
            4 8 5 1 tlbi rvae2os Xt
            4 8 5 5 tlbi rvale2os Xt
            4 8 6 1 tlbi rvae2 Xt
            4 8 6 5 tlbi rvale2 Xt
            4 8 7 0 tlbi alle2
            4 8 7 1 tlbi vae2 Xt
            4 8 7 4 tlbi alle1
            4 8 7 5 tlbi vale2 Xt
            4 8 7 6 tlbi vmalls12e1
            6 7 8 0 at s1e3r Xt
            6 7 8 1 at s1e3w Xt
            6 8 1 0 tlbi alle3os
            6 8 1 1 tlbi vae3os Xt
            6 8 1 5 tlbi vale3os Xt
            6 8 2 1 tlbi rvae3is Xt
            6 8 2 5 tlbi rvale3is Xt
            6 8 3 0 tlbi alle3is
            6 8 3 1 tlbi vae3is Xt
            6 8 3 5 tlbi vale3is Xt
            6 8 5 1 tlbi rvae3os Xt
            6 8 5 5 tlbi rvale3os Xt
            6 8 6 1 tlbi rvae3 Xt
            6 8 6 5 tlbi rvale3 Xt
            6 8 7 0 tlbi alle3
            6 8 7 1 tlbi vae3 Xt
            6 8 7 5 tlbi vale3 Xt
            """;

    private static final Map<Integer, String> READ = new HashMap<>();
    private static final Map<Integer, String> WRITE = new HashMap<>();
    private static final Map<Integer, String[]> OPS = new HashMap<>();

    static {
        for (String line : SYSREGS.strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            int key = SysregEncoding.parse(parts[0]).pack();
            if (parts[1].contains("R")) {
                READ.put(key, parts[2]);
            }
            if (parts[1].contains("W")) {
                WRITE.put(key, parts[2]);
            }
        }
        for (String line : SYSOPS.strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            OPS.put(encoding(1, Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])),
                    new String[] {parts[4], parts[5], parts.length > 6 ? parts[6] : ""});
        }
    }

    private SystemOperands() {
    }

    private static int encoding(long op0, long op1, long crn, long crm, long op2) {
        return SysregEncoding.pack((int) op0 & 3, (int) op1 & 7, (int) crn & 15, (int) crm & 15, (int) op2 & 7);
    }

    /** The generic name llvm-mc prints for a system register it has no name for. */
    private static String generic(long op0, long op1, long crn, long crm, long op2) {
        return SysregEncoding.unpack(encoding(op0, op1, crn, crm, op2)).toString();
    }

    /** The register MRS reads (C6.2 "MRS": op0 = 2 + o0; llvm-mc also decodes op0 = 0 words, generically). */
    public static String mrsName(long op0, long op1, long crn, long crm, long op2) {
        String name = READ.get(encoding(op0, op1, crn, crm, op2));
        return name != null ? name : generic(op0, op1, crn, crm, op2);
    }

    /** The register MSR (register) writes; some names differ from MRS (read-only and write-only registers). */
    public static String msrName(long op0, long op1, long crn, long crm, long op2) {
        String name = WRITE.get(encoding(op0, op1, crn, crm, op2));
        return name != null ? name : generic(op0, op1, crn, crm, op2);
    }

    /**
     * Which alias of SYS (C6.2 "AT", "DC", "IC", "TLBI"; "CFP", "DVP", "CPP" of FEAT_SPECRES) the operation has:
     * 0 none, then at, dc, ic, tlbi, cfp, dvp, cpp.
     */
    public static long sysOpKind(long op1, long crn, long crm, long op2) {
        String[] op = OPS.get(encoding(1, op1, crn, crm, op2));
        if (op == null) {
            return 0;
        }
        for (int i = 1; i < SYS_KINDS.length; i++) {
            if (SYS_KINDS[i].equals(op[0])) {
                return i;
            }
        }
        return 0;
    }

    /** The operation name of a SYS alias, such as {@code vae1is} or {@code civac}. */
    public static String sysOpName(long op1, long crn, long crm, long op2) {
        String[] op = OPS.get(encoding(1, op1, crn, crm, op2));
        return op == null ? "" : op[1];
    }

    /** Whether the SYS alias names the Xt operand (operations such as {@code ic iallu} take none). */
    public static boolean sysOpHasRegister(long op1, long crn, long crm, long op2) {
        String[] op = OPS.get(encoding(1, op1, crn, crm, op2));
        return op != null && !op[2].isEmpty();
    }

    /** DMB/DSB option (C6.2 "DMB", "DSB"): a name, or {@code #CRm} for the values without one. */
    public static String barrierOption(long crm) {
        String name = BARRIER_OPTIONS[(int) (crm & 15)];
        return name != null ? name : "#" + (crm & 15);
    }

    /** The PSTATE field of MSR (immediate) (C6.2 "MSR (immediate)"), or "" when llvm-mc has none. */
    public static String pstateField(long op1, long op2) {
        return switch ((int) (op1 << 3 | op2)) {
            case 0x03 -> "UAO";
            case 0x04 -> "PAN";
            case 0x05 -> "SPSel";
            case 0x19 -> "SSBS";
            case 0x1a -> "DIT";
            case 0x1e -> "DAIFSet";
            case 0x1f -> "DAIFClr";
            default -> "";
        };
    }

    /**
     * Whether MSR (immediate) names a PSTATE field with this immediate. The single-bit fields UAO, PAN
     * and SSBS take CRm 0 or 1 only; LLVM 14 accepts any CRm for SPSel, DIT, DAIFSet and DAIFClr.
     */
    public static boolean pstateValid(long op1, long op2, long crm) {
        String field = pstateField(op1, op2);
        return switch (field) {
            case "" -> false;
            case "UAO", "PAN", "SSBS" -> crm <= 1;
            default -> true;
        };
    }
}
