package org.a64wb.usermode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.MemoryAbort;
import org.junit.jupiter.api.Test;

/** The run loop against a scripted engine: each run() performs the next step and raises what it says. */
class UserProcessTest {

    static final long ENTRY = 0x400000;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Deque<Consumer<Cpu>> steps = new ArrayDeque<>();
    final UserProcess process = new UserProcess(new HostEnvironment(new ByteArrayInputStream(new byte[0]), out, err,
            Path.of("/opt/prog"), null, new Random(1), 4242), (cpu, memory) -> limit -> {
                steps.removeFirst().accept(cpu);
                return 0;
            });

    UserProcessTest() throws Exception {
        byte[] code = new byte[0x100];
        System.arraycopy("hi\n".getBytes(StandardCharsets.US_ASCII), 0, code, 0x80, 3);
        process.load(new ElfBuilder().load(ENTRY, code, 0x100).build(), "prog", List.of("prog"), List.of());
    }

    static GuestException raise(Cpu cpu, GuestException.Kind kind, int word, long address, long returnAddress) {
        return new GuestException(kind, cpu.pc, word, 0, address, returnAddress, null);
    }

    void svc(long number, long... args) {
        steps.add(cpu -> {
            cpu.x[8] = number;
            System.arraycopy(args, 0, cpu.x, 0, args.length);
            throw raise(cpu, GuestException.Kind.SUPERVISOR_CALL, 0xd4000001, 0, cpu.pc + 4);
        });
    }

    @Test
    void systemCallsRunAndExitStatusIsReturned() {
        svc(Linux.SYS_WRITE, 1, ENTRY + 0x80, 3);
        steps.add(cpu -> {
            assertEquals(3, cpu.x[0], "write's result in x0");
            assertEquals(ENTRY + 4, cpu.pc, "execution resumes after the SVC");
            cpu.pc += 4;
            cpu.x[8] = Linux.SYS_EXIT_GROUP;
            cpu.x[0] = 7;
            throw raise(cpu, GuestException.Kind.SUPERVISOR_CALL, 0xd4000001, 0, cpu.pc + 4);
        });
        assertEquals(7, process.run());
        assertEquals("hi\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void undefinedInstructionIsSigill() {
        steps.add(cpu -> {
            throw raise(cpu, GuestException.Kind.UNDEFINED, 0x00000000, 0, cpu.pc);
        });
        assertEquals(132, process.run());
        assertEquals("a64 run-user: SIGILL (UNDEFINED) at pc 0x400000, word 00000000, address 0x0\n", err.toString());
    }

    @Test
    void breakpointIsSigtrap() {
        steps.add(cpu -> {
            throw raise(cpu, GuestException.Kind.BREAKPOINT, 0xd4207d00, 0, cpu.pc);
        });
        assertEquals(133, process.run());
    }

    @Test
    void alignmentFaultIsSigbus() {
        steps.add(cpu -> {
            throw new GuestException(GuestException.Kind.ALIGNMENT_FAULT, cpu.pc, 0xc85f7c20, 0, 0x10001, cpu.pc,
                    "8-byte access at 0x10001 must be aligned");
        });
        assertEquals(135, process.run());
        assertEquals("a64 run-user: SIGBUS (ALIGNMENT_FAULT) at pc 0x400000, word c85f7c20, address 0x10001 "
                + "(8-byte access at 0x10001 must be aligned)\n", err.toString());
    }

    @Test
    void accessOutsideMemoryIsSigsegv() {
        steps.add(cpu -> {
            throw new MemoryAbort(0x8, 8, false);
        });
        assertEquals(139, process.run());
        assertEquals("a64 run-user: SIGSEGV (DATA_ABORT) at pc 0x400000, word 00000000, address 0x8 "
                + "(read of 8 bytes outside guest memory)\n", err.toString());
    }

    @Test
    void waitForInterruptReturnsAtEl0() {
        steps.add(cpu -> {
            throw raise(cpu, GuestException.Kind.WAIT_FOR_INTERRUPT, 0xd503207f, 0, cpu.pc);
        });
        steps.add(cpu -> assertEquals(ENTRY + 4, cpu.pc));
        svc(Linux.SYS_EXIT, 0);
        assertEquals(0, process.run());
    }

    @Test
    void unknownSystemCallContinuesWithEnosys() {
        svc(4000);
        steps.add(cpu -> assertEquals(-Linux.ENOSYS, cpu.x[0]));
        svc(Linux.SYS_EXIT, 1);
        assertEquals(1, process.run());
    }

    @Test
    void loadSetsEntryStackAndBreak() {
        assertEquals(ENTRY, process.cpu().pc);
        assertEquals(process.stack().sp(), process.cpu().sp());
        assertEquals(ENTRY + 0x1000, process.addressSpace().brk());
    }

    @Test
    void loadFailureIsOneLine() {
        UserProcess other = new UserProcess(HostEnvironment.of(new ByteArrayInputStream(new byte[0]), out, err, null, null),
                (cpu, memory) -> limit -> 0);
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> other.load(Path.of("/nonexistent/prog"), List.of("p"),
                List.of()));
        assertEquals("/nonexistent/prog: no such file", e.getMessage());
    }
}
