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

    @Test
    void straceShowsEachCallWithItsResult() {
        process.trace(true);
        svc(Linux.SYS_WRITE, 1, ENTRY + 0x80, 3);
        svc(Linux.SYS_CLOSE, 77);
        svc(Linux.SYS_OPENAT, -100, ENTRY + 0x80, 0, 0);
        svc(Linux.SYS_EXIT_GROUP, 0);
        assertEquals(0, process.run());
        int pid = process.guestProcess().pid;
        assertEquals(pid + " write(1,0x400080,3) = 3\n" + pid + " close(77) = -1 errno=9\n" + pid
                + " openat(AT_FDCWD,\"hi\n\",0,0) = -1 errno=2\n" + pid + " exit_group(0) = ?\n", err.toString());
    }

    @Test
    void aFaultRunsTheGuestsHandlerAndSigreturnResumesTheInterruptedState() {
        long act = ENTRY + 0xc0;
        long handler = ENTRY + 0x40;
        long[] saved = new long[2];
        steps.add(cpu -> {
            process.addressSpace().writeLongs(act, handler, Signals.SA_SIGINFO, 0, 0);
            cpu.x[8] = Linux.SYS_RT_SIGACTION;
            cpu.x[0] = Signals.SIGSEGV;
            cpu.x[1] = act;
            cpu.x[2] = 0;
            cpu.x[3] = 8;
            throw raise(cpu, GuestException.Kind.SUPERVISOR_CALL, 0xd4000001, 0, cpu.pc + 4);
        });
        steps.add(cpu -> {
            assertEquals(0, cpu.x[0], "rt_sigaction");
            cpu.x[19] = 0x1919;
            saved[0] = cpu.pc;
            saved[1] = cpu.spEl0;
            throw new MemoryAbort(0xbad000L, 8, true);
        });
        steps.add(cpu -> {
            assertEquals(handler, cpu.pc, "the handler runs");
            assertEquals(Signals.SIGSEGV, cpu.x[0]);
            assertEquals(cpu.spEl0, cpu.x[1], "siginfo at the frame's start");
            assertEquals(cpu.spEl0 + 128, cpu.x[2], "ucontext after it");
            assertEquals(AddressSpace.SIGRETURN_TRAMPOLINE, cpu.x[30], "returns through the trampoline");
            AddressSpace space = process.addressSpace();
            assertEquals(0xbad000L, space.memory().read64(cpu.x[1] + 16), "si_addr");
            assertEquals(Signals.SEGV_MAPERR, space.memory().read32(cpu.x[1] + 8), "si_code");
            assertEquals(0x1919, space.memory().read64(cpu.x[2] + 176 + 8 + 8 * 19), "saved x19");
            // The handler skips the faulting instruction by changing the saved PC, then returns.
            space.memory().write64(cpu.x[2] + 176 + 264, saved[0] + 4);
            cpu.x[19] = 0;
            cpu.x[8] = Linux.SYS_RT_SIGRETURN;
            throw raise(cpu, GuestException.Kind.SUPERVISOR_CALL, 0xd4000001, 0, cpu.pc + 4);
        });
        steps.add(cpu -> {
            assertEquals(saved[0] + 4, cpu.pc, "resumes where the handler said");
            assertEquals(saved[1], cpu.spEl0);
            assertEquals(0x1919, cpu.x[19], "registers come back from the frame");
            cpu.x[8] = Linux.SYS_EXIT_GROUP;
            cpu.x[0] = 5;
            throw raise(cpu, GuestException.Kind.SUPERVISOR_CALL, 0xd4000001, 0, cpu.pc + 4);
        });
        assertEquals(5, process.run());
        assertEquals("", err.toString());
    }
}
