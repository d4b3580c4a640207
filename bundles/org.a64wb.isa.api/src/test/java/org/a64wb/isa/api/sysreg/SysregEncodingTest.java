package org.a64wb.isa.api.sysreg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SysregEncodingTest {

    private static final SysregEncoding SCTLR_EL1 = new SysregEncoding(3, 0, 1, 0, 0);
    private static final SysregEncoding MDSCR_EL1 = new SysregEncoding(2, 0, 0, 2, 2);
    private static final SysregEncoding TPIDR_EL0 = new SysregEncoding(3, 3, 13, 0, 2);

    @Test
    void packsAsMrsBits20To5AndKvmSysregIds() {
        assertEquals(0xc080, SCTLR_EL1.pack(), "KVM's ARM64_SYS_REG(3, 0, 1, 0, 0) & 0xffff");
        assertEquals(0xde82, TPIDR_EL0.pack());
        assertEquals(TPIDR_EL0, SysregEncoding.unpack(0xde82));
        for (int packed = 0; packed < SysregEncoding.PACKED_LIMIT; packed++) {
            assertEquals(packed, SysregEncoding.unpack(packed).pack(), Integer.toHexString(packed));
        }
    }

    @Test
    void readsMrsMsrAndSysWords() {
        assertEquals(SCTLR_EL1, SysregEncoding.fromInstruction(0xd5381000), "mrs x0, sctlr_el1");
        assertEquals(TPIDR_EL0, SysregEncoding.fromInstruction(0xd51bd043), "msr tpidr_el0, x3");
        assertEquals(MDSCR_EL1, SysregEncoding.fromInstruction(0xd5300240), "mrs x0, mdscr_el1");
        assertEquals(new SysregEncoding(1, 3, 7, 4, 1), SysregEncoding.fromInstruction(0xd50b7420), "dc zva, x0");
    }

    @Test
    void issOfAnEc18TrapRoundTrips() {
        // MRS x5, MIDR_EL1: ISS = Op0 3, Op2 0, Op1 0, CRn 0, Rt 5, CRm 0, Direction read.
        assertEquals(3 << 20 | 5 << 5 | 1, new SysregEncoding(3, 0, 0, 0, 0).iss(5, true));
        int iss = TPIDR_EL0.iss(3, false);
        assertEquals(3 << 20 | 2 << 17 | 3 << 14 | 13 << 10 | 3 << 5, iss);
        assertEquals(TPIDR_EL0, SysregEncoding.fromIss(iss));
    }

    @Test
    void genericNameAndFieldsParseBack() {
        assertEquals("S2_0_C0_C2_2", MDSCR_EL1.toString());
        assertEquals("3:3:13:0:2", TPIDR_EL0.fields());
        assertEquals(MDSCR_EL1, SysregEncoding.parse("S2_0_C0_C2_2"));
        assertEquals(MDSCR_EL1, SysregEncoding.parse("s2_0_c0_c2_2"));
        assertEquals(TPIDR_EL0, SysregEncoding.parse("3:3:13:0:2"));
        assertEquals(new SysregEncoding(3, 7, 15, 15, 7), SysregEncoding.parse("S3_7_C15_C15_7"));
    }

    @Test
    void malformedOrOutOfRangeIsRejected() {
        for (String bad : new String[] {"", "S4_0_C0_C0_0", "S3_0_C16_C0_0", "S3_0_C0_C0", "3:0:0:0", "3:8:0:0:0", "3:0:0:0:99999999999", "MIDR_EL1"}) {
            assertThrows(IllegalArgumentException.class, () -> SysregEncoding.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new SysregEncoding(0, 0, 16, 0, 0));
    }
}
