package org.a64wb.emulator.cpu;

import java.util.EnumSet;
import java.util.Set;

/**
 * The architecture features the emulated PE implements, each with the ID register field that
 * advertises it (Arm ARM D17.2, "ID_AA64*_EL1") and the Linux hwcap bit that reports it to user space
 * (arch/arm64/include/uapi/asm/hwcap.h). The ID registers and run-user's AT_HWCAP/AT_HWCAP2 are both
 * computed from {@link #IMPLEMENTED}, so what software is told and what runs cannot drift apart:
 * glibc's ifuncs and the kernel pick code paths from them.
 */
public enum CpuFeature {

    EL0_AARCH64(IdRegister.PFR0, 0, 1, -1, -1),
    EL1_AARCH64(IdRegister.PFR0, 4, 1, -1, -1),
    /** PFR0.FP = 0: single and double precision (0xF would say "not implemented"). */
    FP(IdRegister.PFR0, 16, 0, 0, -1),
    /** PFR0.FP = 1: half precision arithmetic too (FEAT_FP16). */
    FP16(IdRegister.PFR0, 16, 1, 9, -1),
    ADVSIMD(IdRegister.PFR0, 20, 0, 1, -1),
    ADVSIMD_FP16(IdRegister.PFR0, 20, 1, 10, -1),
    DIT(IdRegister.PFR0, 48, 1, 24, -1),
    SSBS(IdRegister.PFR1, 4, 2, 28, -1),
    AES(IdRegister.ISAR0, 4, 1, 3, -1),
    PMULL(IdRegister.ISAR0, 4, 2, 4, -1),
    SHA1(IdRegister.ISAR0, 8, 1, 5, -1),
    SHA256(IdRegister.ISAR0, 12, 1, 6, -1),
    CRC32(IdRegister.ISAR0, 16, 1, 7, -1),
    LSE(IdRegister.ISAR0, 20, 2, 8, -1),
    RDM(IdRegister.ISAR0, 28, 1, 12, -1),
    DOTPROD(IdRegister.ISAR0, 44, 1, 20, -1),
    FLAGM(IdRegister.ISAR0, 52, 1, 27, -1),
    FLAGM2(IdRegister.ISAR0, 52, 2, -1, 7),
    DPB(IdRegister.ISAR1, 0, 1, 16, -1),
    JSCVT(IdRegister.ISAR1, 12, 1, 13, -1),
    FCMA(IdRegister.ISAR1, 16, 1, 14, -1),
    LRCPC(IdRegister.ISAR1, 20, 1, 15, -1),
    /** LDAPUR/STLUR (FEAT_LRCPC2). */
    LRCPC2(IdRegister.ISAR1, 20, 2, 26, -1),
    FRINTTS(IdRegister.ISAR1, 32, 1, -1, 8),
    SB(IdRegister.ISAR1, 36, 1, 29, -1),
    DGH(IdRegister.ISAR1, 48, 1, -1, 15);

    /** The ID registers whose fields this table fills. */
    public enum IdRegister {
        PFR0, PFR1, ISAR0, ISAR1
    }

    /**
     * What the emulator executes. SIMD&FP data processing (and with it FP16, AES, SHA, RDM, DotProd,
     * JSCVT, FCMA, FRINTTS) joins this set only together with its semantics.
     */
    public static final Set<CpuFeature> IMPLEMENTED = EnumSet.of(EL0_AARCH64, EL1_AARCH64, FP, FP16, ADVSIMD, ADVSIMD_FP16,
            RDM, DOTPROD, FCMA, DIT, SSBS, CRC32, LSE, FLAGM, FLAGM2, DPB, LRCPC, LRCPC2, SB, DGH);

    private final IdRegister register;
    private final int shift;
    private final int value;
    private final int hwcapBit;
    private final int hwcap2Bit;

    CpuFeature(IdRegister register, int shift, int value, int hwcapBit, int hwcap2Bit) {
        this.register = register;
        this.shift = shift;
        this.value = value;
        this.hwcapBit = hwcapBit;
        this.hwcap2Bit = hwcap2Bit;
    }

    public IdRegister register() {
        return register;
    }

    /** The field's least significant bit. */
    public int shift() {
        return shift;
    }

    /** The field value that says "implemented". */
    public int level() {
        return value;
    }

    /**
     * The value of an ID register: each field holds the highest level implemented. The FP and AdvSIMD
     * fields of PFR0 are signed, 0xF meaning "not implemented", so they start there.
     */
    public static long idRegister(IdRegister register, Set<CpuFeature> features) {
        long value = register == IdRegister.PFR0 ? NOT_IMPLEMENTED << 16 | NOT_IMPLEMENTED << 20 : 0;
        for (CpuFeature feature : features) {
            if (feature.register != register) {
                continue;
            }
            long current = value >>> feature.shift & 0xf;
            if (current == NOT_IMPLEMENTED && register == IdRegister.PFR0 || feature.value > current) {
                value = value & ~(0xfL << feature.shift) | (long) feature.value << feature.shift;
            }
        }
        return value;
    }

    private static final long NOT_IMPLEMENTED = 0xf;

    public static long idRegister(IdRegister register) {
        return idRegister(register, IMPLEMENTED);
    }

    /** AT_HWCAP: one bit per implemented feature that Linux reports there. */
    public static long hwcap(Set<CpuFeature> features) {
        return bits(features, false);
    }

    /** AT_HWCAP2. */
    public static long hwcap2(Set<CpuFeature> features) {
        return bits(features, true);
    }

    private static long bits(Set<CpuFeature> features, boolean second) {
        long bits = 0;
        for (CpuFeature feature : features) {
            int bit = second ? feature.hwcap2Bit : feature.hwcapBit;
            if (bit >= 0) {
                bits |= 1L << bit;
            }
        }
        return bits;
    }
}
