package org.a64wb.usermode;

import org.a64wb.emulator.cpu.Cpu;

/**
 * Linux signal numbers, default actions and the arm64 signal frame (arch/arm64/kernel/signal.c):
 * {@code struct rt_sigframe { siginfo_t info; struct ucontext uc; }} followed above by a frame
 * record {x29, x30}; the ucontext holds the interrupted registers, PSTATE, the signal mask, the
 * alternate stack and an FPSIMD context record, so handlers can read and change all of them and
 * rt_sigreturn puts back what they left.
 */
final class Signals {

    private Signals() {
    }

    static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8,
            SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15, SIGCHLD = 17,
            SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23, SIGXCPU = 24, SIGXFSZ = 25,
            SIGWINCH = 28, SIGSYS = 31;

    static final long SIG_DFL = 0;
    static final long SIG_IGN = 1;

    static final long SA_NOCLDSTOP = 1, SA_NOCLDWAIT = 2, SA_SIGINFO = 4, SA_RESTORER = 0x04000000L, SA_ONSTACK = 0x08000000L,
            SA_RESTART = 0x10000000L, SA_NODEFER = 0x40000000L, SA_RESETHAND = 0x80000000L;

    static final int SS_ONSTACK = 1;
    static final int SS_DISABLE = 2;
    static final long MINSIGSTKSZ = 5120;

    // si_code values
    static final int SI_USER = 0, SI_KERNEL = 0x80, SI_TKILL = -6, SI_TIMER = -2;
    static final int CLD_EXITED = 1, CLD_KILLED = 2, CLD_DUMPED = 3, CLD_STOPPED = 5, CLD_CONTINUED = 6;
    static final int SEGV_MAPERR = 1, SEGV_ACCERR = 2, BUS_ADRALN = 1, BUS_ADRERR = 2, ILL_ILLOPC = 1, TRAP_BRKPT = 1;

    static final long UNBLOCKABLE = bit(SIGKILL) | bit(SIGSTOP);

    /** Size of struct rt_sigframe (siginfo 128 + ucontext 4560). */
    static final int FRAME_SIZE = 128 + 4560;
    static final int UC = 128;
    static final int UC_STACK = UC + 16;
    static final int UC_SIGMASK = UC + 40;
    static final int MCONTEXT = UC + 176;
    static final int FAULT_ADDRESS = MCONTEXT;
    static final int REGS = MCONTEXT + 8;
    static final int SP = MCONTEXT + 256;
    static final int PC = MCONTEXT + 264;
    static final int PSTATE = MCONTEXT + 272;
    static final int RESERVED = MCONTEXT + 288;
    static final int FPSIMD_MAGIC = 0x46508001;
    static final int FPSIMD_SIZE = 528;
    static final int ESR_MAGIC = 0x45535201;

    static long bit(int signal) {
        return 1L << (signal - 1);
    }

    /** Whether the default action ignores the signal. */
    static boolean ignoredByDefault(int signal) {
        return signal == SIGCHLD || signal == SIGURG || signal == SIGWINCH || signal == SIGCONT;
    }

    /** Whether the signal is a job-control stop (SIGSTOP always; the others when their action is the default). */
    static boolean isStopSignal(int signal) {
        return signal == SIGSTOP || signal == SIGTSTP || signal == SIGTTIN || signal == SIGTTOU;
    }

    /** Whether the default action dumps core (the wait status then carries 0x80). */
    static boolean dumpsCore(int signal) {
        return switch (signal) {
            case SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGXCPU, SIGXFSZ, SIGSYS -> true;
            default -> false;
        };
    }

    static String name(int signal) {
        String[] names = {"0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
            "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP",
            "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO",
            "SIGPWR", "SIGSYS"};
        return signal > 0 && signal < names.length ? names[signal] : "SIGRT" + (signal - 32);
    }

    /** A siginfo_t: signo, errno 0, code, then the union's first fields. */
    static byte[] info(int signal, int code, long... fields) {
        byte[] info = new byte[128];
        AddressSpace.putInt(info, 0, signal);
        AddressSpace.putInt(info, 8, code);
        return withFields(info, fields);
    }

    /** kill/tgkill: si_pid, si_uid. */
    static byte[] sent(int signal, int code, int pid) {
        byte[] info = info(signal, code);
        AddressSpace.putInt(info, 16, pid);
        AddressSpace.putInt(info, 20, 0);
        return info;
    }

    /** Faults: si_addr. */
    static byte[] fault(int signal, int code, long address) {
        byte[] info = info(signal, code);
        AddressSpace.putLong(info, 16, address);
        return info;
    }

    /** SIGCHLD: si_pid, si_uid, si_status. */
    static byte[] child(int pid, int code, int status) {
        byte[] info = info(SIGCHLD, code);
        AddressSpace.putInt(info, 16, pid);
        AddressSpace.putInt(info, 24, status);
        return info;
    }

    private static byte[] withFields(byte[] info, long... fields) {
        for (int i = 0; i < fields.length; i++) {
            AddressSpace.putLong(info, 16 + 8 * i, fields[i]);
        }
        return info;
    }

    /** Fills a frame image with the interrupted state. */
    static byte[] frame(Cpu cpu, byte[] info, long mask, long altSp, long altSize, int altFlags, long faultAddress) {
        byte[] f = new byte[FRAME_SIZE];
        System.arraycopy(info, 0, f, 0, 128);
        AddressSpace.putLong(f, UC_STACK, altSp);
        AddressSpace.putInt(f, UC_STACK + 8, altFlags);
        AddressSpace.putLong(f, UC_STACK + 16, altSize);
        AddressSpace.putLong(f, UC_SIGMASK, mask);
        AddressSpace.putLong(f, FAULT_ADDRESS, faultAddress);
        for (int r = 0; r < 31; r++) {
            AddressSpace.putLong(f, REGS + 8 * r, cpu.x[r]);
        }
        AddressSpace.putLong(f, SP, cpu.spEl0);
        AddressSpace.putLong(f, PC, cpu.pc);
        AddressSpace.putLong(f, PSTATE, cpu.nzcv & 0xf0000000L);
        AddressSpace.putInt(f, RESERVED, FPSIMD_MAGIC);
        AddressSpace.putInt(f, RESERVED + 4, FPSIMD_SIZE);
        AddressSpace.putInt(f, RESERVED + 8, (int) cpu.fpsr);
        AddressSpace.putInt(f, RESERVED + 12, (int) cpu.fpcr);
        for (int i = 0; i < 64; i++) {
            AddressSpace.putLong(f, RESERVED + 16 + 8 * i, cpu.v[i]);
        }
        // The terminator record {magic 0, size 0} follows and is already zero.
        return f;
    }

    /** rt_sigreturn: restores registers from a frame image; returns the saved signal mask, or null if the frame is bad. */
    static Long restore(Cpu cpu, byte[] f) {
        long pstate = getLong(f, PSTATE);
        if ((pstate & 0x0fffffffL & ~0x3c0L & ~0x00200000L & ~0x00001000L) != 0) {
            // Anything but NZCV, DAIF, SS and SSBS asks for another exception level or mode: Linux refuses the frame.
            return null;
        }
        for (int r = 0; r < 31; r++) {
            cpu.x[r] = getLong(f, REGS + 8 * r);
        }
        cpu.spEl0 = getLong(f, SP);
        cpu.pc = getLong(f, PC);
        cpu.nextPc = cpu.pc;
        cpu.nzcv = (int) (pstate & 0xf0000000L);
        int at = RESERVED;
        while (at + 8 <= RESERVED + 4096) {
            int magic = getInt(f, at);
            int size = getInt(f, at + 4);
            if (magic == 0) {
                break;
            }
            if (size < 8 || (size & 15) != 0 || at + size > RESERVED + 4096) {
                return null;
            }
            if (magic == FPSIMD_MAGIC) {
                if (size != FPSIMD_SIZE) {
                    return null;
                }
                cpu.fpsr = getInt(f, at + 8) & 0xffffffffL;
                cpu.fpcr = getInt(f, at + 12) & 0xffffffffL;
                for (int i = 0; i < 64; i++) {
                    cpu.v[i] = getLong(f, at + 16 + 8 * i);
                }
            }
            at += size;
        }
        return getLong(f, UC_SIGMASK);
    }

    static long getLong(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }

    static int getInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
