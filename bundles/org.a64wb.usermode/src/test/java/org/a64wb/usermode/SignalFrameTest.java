package org.a64wb.usermode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.a64wb.emulator.cpu.Cpu;
import org.junit.jupiter.api.Test;

/**
 * The arm64 signal frame against the layout glibc's headers give (offsetof printed by a program built
 * with aarch64-linux-gnu-gcc and run under qemu-aarch64: ucontext 4560 bytes, uc_mcontext at 176,
 * regs at +8, sp +256, pc +264, pstate +272, __reserved +288, fpsimd_context 528 bytes with vregs at +16).
 */
class SignalFrameTest {

    static Cpu sample() {
        Cpu cpu = new Cpu();
        for (int r = 0; r < 31; r++) {
            cpu.x[r] = 0x1000L * r + 7;
        }
        for (int i = 0; i < 64; i++) {
            cpu.v[i] = 0x0101010101010101L * i;
        }
        cpu.spEl0 = 0x7fff_0000L;
        cpu.pc = 0x400123L & ~3L;
        cpu.nzcv = 0x6000_0000;
        cpu.fpsr = 0x8000_0010L;
        cpu.fpcr = 0x0040_0000L;
        return cpu;
    }

    @Test
    void frameHoldsTheInterruptedStateWhereGlibcLooksForIt() {
        Cpu cpu = sample();
        byte[] info = Signals.fault(Signals.SIGSEGV, Signals.SEGV_ACCERR, 0xdead0L);
        byte[] f = Signals.frame(cpu, info, 0x4000L, 0x5000L, 0x2000L, Signals.SS_DISABLE, 0xdead0L);
        assertEquals(128 + 4560, f.length);
        assertEquals(Signals.SIGSEGV, Signals.getInt(f, 0), "si_signo");
        assertEquals(Signals.SEGV_ACCERR, Signals.getInt(f, 8), "si_code");
        assertEquals(0xdead0L, Signals.getLong(f, 16), "si_addr");
        assertEquals(0x5000L, Signals.getLong(f, 128 + 16), "uc_stack.ss_sp");
        assertEquals(Signals.SS_DISABLE, Signals.getInt(f, 128 + 24), "uc_stack.ss_flags");
        assertEquals(0x2000L, Signals.getLong(f, 128 + 32), "uc_stack.ss_size");
        assertEquals(0x4000L, Signals.getLong(f, 128 + 40), "uc_sigmask");
        int mcontext = 128 + 176;
        assertEquals(0xdead0L, Signals.getLong(f, mcontext), "fault_address");
        assertEquals(cpu.x[30], Signals.getLong(f, mcontext + 8 + 8 * 30), "regs[30]");
        assertEquals(cpu.spEl0, Signals.getLong(f, mcontext + 256), "sp");
        assertEquals(cpu.pc, Signals.getLong(f, mcontext + 264), "pc");
        assertEquals(0x6000_0000L, Signals.getLong(f, mcontext + 272), "pstate");
        int fpsimd = mcontext + 288;
        assertEquals(0x46508001, Signals.getInt(f, fpsimd), "FPSIMD_MAGIC");
        assertEquals(528, Signals.getInt(f, fpsimd + 4), "size");
        assertEquals((int) cpu.fpsr, Signals.getInt(f, fpsimd + 8), "fpsr");
        assertEquals((int) cpu.fpcr, Signals.getInt(f, fpsimd + 12), "fpcr");
        assertEquals(cpu.v[2 * 31 + 1], Signals.getLong(f, fpsimd + 16 + 16 * 31 + 8), "V31 high");
        assertEquals(0, Signals.getInt(f, fpsimd + 528), "terminator record");
    }

    @Test
    void sigreturnRestoresWhatTheHandlerLeft() {
        Cpu original = sample();
        byte[] f = Signals.frame(original, Signals.info(Signals.SIGUSR1, Signals.SI_TKILL), 0x10L, 0, 0, Signals.SS_DISABLE, 0);
        int mcontext = 128 + 176;
        AddressSpace.putLong(f, mcontext + 8 + 8 * 5, 0x5555L); // the handler changes x5 ...
        AddressSpace.putLong(f, mcontext + 264, 0x400200L); // ... and where execution resumes
        Cpu cpu = new Cpu();
        Long mask = Signals.restore(cpu, f);
        assertEquals(0x10L, mask);
        assertEquals(0x5555L, cpu.x[5]);
        assertEquals(0x400200L, cpu.pc);
        assertEquals(original.x[29], cpu.x[29]);
        assertEquals(original.spEl0, cpu.spEl0);
        assertEquals(original.nzcv, cpu.nzcv);
        assertEquals(original.fpsr, cpu.fpsr);
        assertEquals(original.fpcr, cpu.fpcr);
        assertArrayEquals(original.v, cpu.v);
    }

    @Test
    void aFrameAskingForAnotherExceptionLevelIsRefused() {
        byte[] f = Signals.frame(sample(), Signals.info(Signals.SIGUSR1, 0), 0, 0, 0, Signals.SS_DISABLE, 0);
        AddressSpace.putLong(f, 128 + 176 + 272, 0x3c5L); // EL1h
        assertNull(Signals.restore(new Cpu(), f));
    }
}
