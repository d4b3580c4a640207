package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;

import org.a64wb.emulator.cpu.CpuFeature;
import org.a64wb.emulator.cpu.CpuFeature.IdRegister;
import org.junit.jupiter.api.Test;

/** The ID registers and Linux's hwcaps, both derived from one feature table (Arm ARM D17.2; Linux hwcap.h). */
class CpuFeatureTest {

    private static long field(long value, int lsb) {
        return value >>> lsb & 0xf;
    }

    @Test
    void fpAndAdvSimdFieldsSayNotImplementedWhenAbsent() {
        long pfr0 = CpuFeature.idRegister(IdRegister.PFR0, EnumSet.of(CpuFeature.EL0_AARCH64));
        assertEquals(0xf, field(pfr0, 16), "FP");
        assertEquals(0xf, field(pfr0, 20), "AdvSIMD");
        assertEquals(1, field(pfr0, 0), "EL0");
    }

    @Test
    void halfPrecisionRaisesTheFpFieldFromZeroToOne() {
        assertEquals(0, field(CpuFeature.idRegister(IdRegister.PFR0, EnumSet.of(CpuFeature.FP)), 16));
        assertEquals(1, field(CpuFeature.idRegister(IdRegister.PFR0, EnumSet.of(CpuFeature.FP, CpuFeature.FP16)), 16));
        assertEquals(1, field(CpuFeature.idRegister(IdRegister.PFR0, EnumSet.of(CpuFeature.ADVSIMD_FP16, CpuFeature.ADVSIMD)), 20));
    }

    @Test
    void aFieldHoldsTheHighestLevelImplemented() {
        long isar0 = CpuFeature.idRegister(IdRegister.ISAR0, EnumSet.of(CpuFeature.PMULL, CpuFeature.AES, CpuFeature.FLAGM, CpuFeature.FLAGM2));
        assertEquals(2, field(isar0, 4), "AES field: AES + PMULL");
        assertEquals(2, field(isar0, 52), "TS: FlagM2");
    }

    @Test
    void hwcapBitsAreLinuxs() {
        assertEquals(1L << 0 | 1L << 1 | 1L << 3 | 1L << 4, CpuFeature.hwcap(EnumSet.of(CpuFeature.FP, CpuFeature.ADVSIMD, CpuFeature.AES, CpuFeature.PMULL)));
        assertEquals(1L << 8 | 1L << 7, CpuFeature.hwcap(EnumSet.of(CpuFeature.LSE, CpuFeature.CRC32)));
        assertEquals(1L << 8 | 1L << 7 | 1L << 15, CpuFeature.hwcap2(EnumSet.of(CpuFeature.FRINTTS, CpuFeature.FLAGM2, CpuFeature.DGH)));
    }

    @Test
    void everyImplementedFeatureIsAdvertisedAtItsLevel() {
        for (CpuFeature feature : CpuFeature.IMPLEMENTED) {
            long field = field(CpuFeature.idRegister(feature.register()), feature.shift());
            boolean advertised = field != 0xf && field >= feature.level();
            assertEquals(true, advertised, feature + ": field " + field + " < " + feature.level());
        }
        long isar0 = CpuFeature.idRegister(IdRegister.ISAR0);
        assertEquals(2, field(isar0, 20), "LSE");
        assertEquals(1, field(isar0, 16), "CRC32");
    }
}
