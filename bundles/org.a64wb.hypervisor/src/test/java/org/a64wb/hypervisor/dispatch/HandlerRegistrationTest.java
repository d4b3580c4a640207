package org.a64wb.hypervisor.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapHandler;
import org.junit.jupiter.api.Test;

/** The EC 0x18 filter of a trap-handler contribution: a range of encodings in the fields or generic form. */
class HandlerRegistrationTest {

    private static final TrapHandler DECLINE = c -> Outcome.DECLINE;

    private static Exit access(Syndrome s) {
        return new Exit.SystemRegisterAccess(s, 0x40080000L);
    }

    @Test
    void sysregRangeMatchesTheTrappedEncodingInEitherSpelling() {
        for (String range : new String[] {"3:0:12:0:0-3:0:12:15:7", "S3_0_C12_C0_0-S3_0_C12_C15_7"}) {
            HandlerRegistration r = HandlerRegistration.of(DECLINE, Map.of(TrapHandler.EXCEPTION_CLASS, 0x18, TrapHandler.SYSTEM_REGISTERS, range), 0);
            Syndrome vbar = Syndrome.systemRegister(3, 0, 12, 0, 0, 1, true); // MRS x1, VBAR_EL1
            Syndrome sctlr = Syndrome.systemRegister(3, 0, 1, 0, 0, 1, false); // MSR SCTLR_EL1, x1
            assertTrue(r.matches(access(vbar), vbar, 0), range);
            assertFalse(r.matches(access(sctlr), sctlr, 0), range);
            assertTrue(r.describe().endsWith(" sysregs 3:0:12:0:0-3:0:12:15:7"), r.describe());
        }
    }

    @Test
    void malformedSysregRangeNamesTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HandlerRegistration.of(DECLINE,
                Map.of(TrapHandler.EXCEPTION_CLASS, 0x18, TrapHandler.SYSTEM_REGISTERS, "3:0:12:0"), 0));
        assertEquals(DECLINE.getClass().getName() + ": a64.trap.sysregs '3:0:12:0' is not op0:op1:CRn:CRm:op2", e.getMessage());
    }
}
