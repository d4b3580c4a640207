package org.a64wb.workbench.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.a64wb.gdbstub.target.StopEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sample guest under the machine view's session. References: the guest's source (what it prints, where its
 * labels are), and the Arm ARM's reset state the board gives (PC at the load address, X0 the DTB).
 */
class MachineSessionTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final BlockingQueue<StopEvent> stops = new ArrayBlockingQueue<>(16);
    private MachineSession session;
    private GuestImage guest;

    private void boot() throws Exception {
        MachineServices services = TestMachines.services();
        guest = GuestImage.sample(services.isa());
        session = MachineSession.boot(services, guest, 1, bytes -> {
            synchronized (console) {
                console.writeBytes(bytes);
            }
        }, warning -> System.err.println("warning: " + warning));
    }

    private String console() {
        synchronized (console) {
            return console.toString(StandardCharsets.UTF_8);
        }
    }

    private StopEvent nextStop() throws InterruptedException {
        StopEvent event = stops.poll(60, TimeUnit.SECONDS);
        assertNotNull(event, "the machine did not stop within 60 s; console: " + console());
        return event;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void itBootsStoppedAtTheLoadAddressAndRunsToItsBreakpoint() throws Exception {
        boot();
        assertEquals(GuestImage.LOAD_ADDRESS, session.pc(), "stopped before the first instruction");
        assertEquals("", console());
        long tick = guest.symbols().get("tick");
        assertTrue(session.insertBreakpoint(tick));
        session.resume(stops::add);
        StopEvent stop = nextStop();
        assertInstanceOf(StopEvent.Stopped.class, stop);
        assertEquals(tick, session.pc());
        assertEquals("A64 Workbench sample guest on the virt board\n", console(), "the banner is out, no tick yet");
        // x20 is the tick number, 0 at the first arrival (mov x20, #0 right before the label).
        List<MachineSession.Register> registers = session.registers();
        assertEquals("0000000000000000", registers.stream().filter(r -> r.name().equals("x20")).findFirst().orElseThrow().hex());
        assertEquals(String.format("%016x", tick), registers.stream().filter(r -> r.name().equals("pc")).findFirst().orElseThrow().hex());
        assertTrue(registers.stream().anyMatch(r -> r.name().equals("SCTLR_EL1") && r.group().equals("system")), registers.toString());
        assertTrue(registers.stream().anyMatch(r -> r.name().equals("v31") && r.hex().length() == 32), registers.toString());

        session.resume(stops::add);
        nextStop();
        assertEquals(tick, session.pc());
        assertTrue(console().endsWith("tick 0\n"), console());
        // One exit per character the guest wrote to UARTDR (ISV=1 data aborts, EC 0x24).
        assertTrue(session.trapCounts().values().stream().mapToLong(Long::longValue).sum() >= console().length(), session.trapCounts().toString());
    }

    @Test
    void stepRunsOneInstructionAndTheDisassemblyFollowsPc() throws Exception {
        boot();
        List<MachineSession.Line> before = session.disassemblyAroundPc(0, 2);
        assertEquals("mov x19, #150994944", before.get(0).text(), "the guest's first instruction, as llvm-mc prints it");
        session.step(stops::add);
        nextStop();
        assertEquals(GuestImage.LOAD_ADDRESS + 4, session.pc());
        assertEquals("0000000009000000", session.registers().stream().filter(r -> r.name().equals("x19")).findFirst().orElseThrow().hex());
        List<MachineSession.Line> around = session.disassemblyAroundPc(1, 1);
        assertEquals(GuestImage.LOAD_ADDRESS, around.get(0).address());
        assertTrue(around.get(1).text().startsWith("adr x1, "), around.toString());
    }

    @Test
    void pauseStopsARunningGuestAndItIdlesInWfiAfterItsTicks() throws Exception {
        boot();
        session.resume(stops::add);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!console().contains("idling in WFI") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(console().contains("tick 9\nten ticks done; idling in WFI\n"), console());
        session.pause();
        assertInstanceOf(StopEvent.Stopped.class, nextStop());
        long idle = guest.symbols().get("idle");
        assertTrue(session.pc() == idle || session.pc() == idle + 4, Long.toHexString(session.pc()));
    }
}
