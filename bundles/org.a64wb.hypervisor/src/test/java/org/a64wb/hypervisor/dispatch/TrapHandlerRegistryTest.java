package org.a64wb.hypervisor.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapHandler;
import org.junit.jupiter.api.Test;

/** The per-exception-class dispatch table: order, filters, handlers coming and going, and what TrapFilter's defaults mean. */
class TrapHandlerRegistryTest {

    private final List<String> problems = new ArrayList<>();
    private final TrapHandlerRegistry registry = new TrapHandlerRegistry();

    TrapHandlerRegistryTest() {
        registry.onProblem(problems::add);
    }

    /** What bnd writes for a {@code @TrapFilter} that leaves immediate, function ids and sysregs at their defaults. */
    private static Map<String, Object> typed(int ec, int priority, String name) {
        Map<String, Object> p = new HashMap<>();
        p.put(TrapHandler.EXCEPTION_CLASS, ec);
        p.put(TrapHandler.IMMEDIATE, -1);
        p.put(TrapHandler.SYSTEM_REGISTERS, "");
        p.put(TrapHandler.PRIORITY, priority);
        p.put(TrapHandler.NAME, name);
        return p;
    }

    private static TrapHandler named(String name) {
        return new TrapHandler() {
            @Override
            public Outcome handle(org.a64wb.hypervisor.api.TrapContext context) {
                return Outcome.DECLINE;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private String[] order(int ec, Syndrome syndrome, long x0) {
        HandlerRegistration[] candidates = registry.forClass(ec);
        List<String> names = new ArrayList<>();
        for (int i = TrapHandlerRegistry.next(candidates, 0, syndrome, x0); i >= 0; i = TrapHandlerRegistry.next(candidates, i + 1, syndrome, x0)) {
            names.add(candidates[i].name());
        }
        return names.toArray(String[]::new);
    }

    @Test
    void defaultsOfTheTypedFilterMatchEveryExitOfTheClass() {
        registry.add(named("any-hvc"), typed(0x16, 0, "any-hvc"));
        assertEquals(List.of(), problems);
        Syndrome hvc = Syndrome.hvc(0x4711);
        assertArrayEquals(new String[] {"any-hvc"}, order(0x16, hvc, 0x84000000L));
        assertEquals(1, registry.matching(new Exit.HypervisorCall(hvc, 0), hvc, 0).size());
    }

    @Test
    void handlersOfOneClassGoByPriorityThenArrivalAndOtherClassesAreNotConsidered() {
        registry.add(named("low"), typed(0x16, -5, "low"));
        registry.add(named("high"), typed(0x16, 7, "high"));
        registry.add(named("smc"), typed(0x17, 100, "smc"));
        registry.add(named("high-later"), typed(0x16, 7, "high-later"));
        Map<String, Object> onlyImmediate1 = typed(0x16, 50, "imm1");
        onlyImmediate1.put(TrapHandler.IMMEDIATE, 1);
        registry.add(named("imm1"), onlyImmediate1);
        assertArrayEquals(new String[] {"high", "high-later", "low"}, order(0x16, Syndrome.hvc(0), 0));
        assertArrayEquals(new String[] {"imm1", "high", "high-later", "low"}, order(0x16, Syndrome.hvc(1), 0));
        assertEquals(List.of("EC 0x16 / imm1", "EC 0x16 / high", "EC 0x16 / high-later", "EC 0x16 / low"),
                Arrays.stream(registry.forClass(0x16)).map(HandlerRegistration::statisticsKey).toList());
    }

    @Test
    void aRemovedHandlerLeavesTheTable() {
        TrapHandler gone = named("gone");
        registry.add(gone, typed(0x01, 0, "gone"));
        registry.add(named("stays"), typed(0x01, 0, "stays"));
        registry.remove(gone);
        assertArrayEquals(new String[] {"stays"}, order(0x01, Syndrome.wfx(false), 0));
    }

    @Test
    void anExceptionClassOutsideTheSixBitFieldIsRejectedByName() {
        registry.add(named("bad"), typed(0x40, 0, "bad"));
        assertEquals(List.of("trap handler rejected: bad: a64.trap.ec = 64 is not an exception class (0 to 0x3f)"), problems);
        assertEquals(0, registry.all().size());
    }
}
