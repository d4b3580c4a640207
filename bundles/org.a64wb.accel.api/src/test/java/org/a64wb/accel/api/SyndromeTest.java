package org.a64wb.accel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Syndrome layouts against the Arm ARM's ESR_EL2 field positions, and KVM ids against KVM's documented values. */
class SyndromeTest {

    @Test
    void aDescribedDataAbortPutsEachFieldWhereTheArmArmSays() {
        // ISV[24] SAS[23:22] SSE[21] SRT[20:16] SF[15] AR[14] WnR[6] DFSC[5:0]; EC 0x24 in [31:26]; IL[25].
        Syndrome s = Syndrome.dataAbort(true, 2, true, 3, false, true, false, Syndrome.FSC_TRANSLATION_L3);
        assertEquals(0x24L << 26 | 1L << 25 | 1L << 24 | 2L << 22 | 1L << 21 | 3L << 16 | 1L << 14 | 0x07, s.value());
        assertEquals("EC 0x24 data abort from a lower EL: ISV=1 SAS=word SSE=1 SRT=x3 SF=0 AR=1 WnR=read DFSC=0x07", s.describe());
    }

    @Test
    void withoutIsvTheAccessFieldsAreZero() {
        Syndrome s = Syndrome.dataAbort(false, 3, true, 7, true, true, true, Syndrome.FSC_TRANSLATION_L3);
        assertFalse(s.isv());
        assertEquals(0x24L << 26 | 1L << 25 | 1L << 6 | 0x07, s.value());
    }

    @Test
    void hvcSmcAndBrkCarryTheirImmediateInIss() {
        assertEquals(0x5a000000L | 0x1234, Syndrome.hvc(0x1234).value());
        assertEquals(0x5e000000L | 0x1, Syndrome.smc(1).value());
        assertEquals(0xf2000000L | 0x3e8, Syndrome.brk(1000).value());
    }

    @Test
    void aTrappedMrsEncodesTheRegisterAndDirection() {
        // MRS x5, MIDR_EL1: op0=3 op1=0 CRn=0 CRm=0 op2=0, read.
        Syndrome s = Syndrome.systemRegister(3, 0, 0, 0, 0, 5, true);
        assertEquals(0x62000000L | 3 << 20 | 5 << 5 | 1, s.value());
        assertTrue(s.describe().contains("read op0=3 op1=0 CRn=0 CRm=0 op2=0 Rt=x5"));
    }

    @Test
    void wfiAndWfeDifferInTi() {
        assertEquals(0x06000000L | 1 << 24 | 0xe << 20, Syndrome.wfx(false).value());
        assertEquals(0x06000000L | 1 << 24 | 0xe << 20 | 1, Syndrome.wfx(true).value());
    }

    @Test
    void registerIdsMatchKvmsArm64Encoding() {
        assertEquals(0x6030000000100000L, RegisterId.x(0));
        assertEquals(0x603000000010003cL, RegisterId.x(30));
        assertEquals(0x603000000010003eL, RegisterId.SP);
        assertEquals(0x6030000000100040L, RegisterId.PC);
        assertEquals(0x6030000000100042L, RegisterId.PSTATE);
        assertEquals(0x6040000000100054L, RegisterId.v(0));
        assertEquals(0x60200000001000d4L, RegisterId.FPSR);
        assertEquals(0x60200000001000d5L, RegisterId.FPCR);
        assertEquals(0x603000000013c000L, RegisterId.MIDR_EL1);
        assertEquals("S3_3_C13_C0_3", RegisterId.name(RegisterId.sysreg(3, 3, 13, 0, 3)));
    }
}
