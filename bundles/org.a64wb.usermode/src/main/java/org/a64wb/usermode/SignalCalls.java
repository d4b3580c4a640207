package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;
import static org.a64wb.usermode.Signals.*;

/** The signal system calls: actions, masks, waiting for signals, the alternate stack, return from a handler, and the real-time interval timer. */
final class SignalCalls {

    private SignalCalls() {
    }

    /** struct sigaction of the kernel ABI: handler, flags, restorer, mask (32 bytes); sigsetsize must be 8. */
    static long rtSigaction(GuestThread thread, long signal, long act, long oldact, long sigsetsize) {
        if (sigsetsize != 8) {
            return -EINVAL;
        }
        if (signal < 1 || signal > 64 || (act != 0 && (signal == SIGKILL || signal == SIGSTOP))) {
            return -EINVAL;
        }
        GuestProcess process = thread.process;
        AddressSpace space = process.space();
        long[] replacement = null;
        if (act != 0) {
            replacement = new long[4];
            if (!space.readLongs(act, replacement, 4)) {
                return -EFAULT;
            }
            replacement[3] &= ~UNBLOCKABLE;
        }
        long[] old;
        Kernel kernel = thread.kernel;
        kernel.lock.lock();
        try {
            old = process.sigactions[(int) signal].clone();
            if (replacement != null) {
                process.sigactions[(int) signal] = replacement;
                // POSIX: setting a signal to be ignored discards it if pending.
                if (replacement[0] == SIG_IGN || (replacement[0] == SIG_DFL && ignoredByDefault((int) signal))) {
                    process.pending.discard((int) signal);
                    for (GuestThread t : process.threads) {
                        t.pending.discard((int) signal);
                    }
                }
            }
        } finally {
            kernel.lock.unlock();
        }
        if (oldact != 0 && !space.writeLongs(oldact, old)) {
            return -EFAULT;
        }
        return 0;
    }

    static long rtSigprocmask(GuestThread thread, long how, long set, long oldset, long sigsetsize) {
        if (sigsetsize != 8) {
            return -EINVAL;
        }
        AddressSpace space = thread.process.space();
        long[] value = new long[1];
        if (set != 0) {
            if (how < 0 || how > 2) {
                return -EINVAL;
            }
            if (!space.readLongs(set, value, 1)) {
                return -EFAULT;
            }
        }
        long old = thread.sigmask;
        if (oldset != 0 && !space.writeLongs(oldset, old)) {
            return -EFAULT;
        }
        if (set != 0) {
            long mask = switch ((int) how) {
                case 0 -> old | value[0];
                case 1 -> old & ~value[0];
                default -> value[0];
            };
            setMask(thread, mask);
        }
        return 0;
    }

    private static void setMask(GuestThread thread, long mask) {
        thread.kernel.lock.lock();
        try {
            thread.sigmask = mask & ~UNBLOCKABLE;
        } finally {
            thread.kernel.lock.unlock();
        }
        thread.attention = true;
    }

    static long rtSigpending(GuestThread thread, long set, long sigsetsize) {
        if (sigsetsize > 8) {
            return -EINVAL;
        }
        long pending;
        thread.kernel.lock.lock();
        try {
            pending = (thread.pending.mask | thread.process.pending.mask) & thread.sigmask;
        } finally {
            thread.kernel.lock.unlock();
        }
        return thread.process.space().writeLongs(set, pending) ? 0 : -EFAULT;
    }

    /** rt_sigsuspend: waits with a temporary mask until a signal is delivered; always -EINTR. */
    static long rtSigsuspend(GuestThread thread, long set, long sigsetsize) {
        if (sigsetsize != 8) {
            return -EINVAL;
        }
        long[] mask = new long[1];
        if (!thread.process.space().readLongs(set, mask, 1)) {
            return -EFAULT;
        }
        return waitWithMask(thread, mask[0], Long.MAX_VALUE);
    }

    /**
     * Sleeps with {@code mask} in force until a signal is deliverable or the deadline passes; the old
     * mask comes back after the handler (sigreturn restores the frame's copy of it). -EINTR when a signal
     * came, 0 at the deadline.
     */
    static long waitWithMask(GuestThread thread, long mask, long deadline) {
        Kernel kernel = thread.kernel;
        kernel.lock.lock();
        try {
            thread.savedMask = thread.sigmask;
            thread.useSavedMask = true;
            thread.sigmask = mask & ~UNBLOCKABLE;
            while (!thread.interrupted()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    thread.sigmask = thread.savedMask;
                    thread.useSavedMask = false;
                    return 0;
                }
                kernel.changed.awaitNanos(Math.min(left, 1_000_000_000L));
            }
            thread.attention = true;
            return -EINTR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        } finally {
            kernel.lock.unlock();
        }
    }

    /** rt_sigtimedwait: takes a pending signal of {@code set} without running its handler. */
    static long rtSigtimedwait(GuestThread thread, long set, long info, long timeout, long sigsetsize) {
        if (sigsetsize != 8) {
            return -EINVAL;
        }
        AddressSpace space = thread.process.space();
        long[] wanted = new long[1];
        if (!space.readLongs(set, wanted, 1)) {
            return -EFAULT;
        }
        long deadline = Long.MAX_VALUE;
        if (timeout != 0) {
            long[] ts = new long[2];
            if (!space.readLongs(timeout, ts, 2)) {
                return -EFAULT;
            }
            long nanos = Clocks.timespec(ts[0], ts[1]);
            if (nanos < 0) {
                return -EINVAL;
            }
            deadline = System.nanoTime() + nanos;
        }
        long set0 = wanted[0] & ~UNBLOCKABLE;
        Kernel kernel = thread.kernel;
        GuestProcess process = thread.process;
        int signal = 0;
        byte[] siginfo = null;
        kernel.lock.lock();
        try {
            while (true) {
                long ready = (thread.pending.mask | process.pending.mask) & set0;
                if (ready != 0) {
                    signal = Long.numberOfTrailingZeros(ready) + 1;
                    long bit = bit(signal);
                    siginfo = (thread.pending.mask & bit) != 0 ? thread.pending.take(signal) : process.pending.take(signal);
                    break;
                }
                if (((thread.pending.mask | process.pending.mask) & ~thread.sigmask & ~set0) != 0 || thread.exitRequested) {
                    return -EINTR;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return -EAGAIN;
                }
                kernel.changed.awaitNanos(Math.min(left, 1_000_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        } finally {
            kernel.lock.unlock();
        }
        if (siginfo == null) {
            siginfo = Signals.info(signal, SI_KERNEL);
        }
        if (info != 0 && !space.write(info, siginfo)) {
            return -EFAULT;
        }
        return signal;
    }

    /** sigaltstack: stack_t { void *ss_sp; int ss_flags; size_t ss_size; }. */
    static long sigaltstack(GuestThread thread, long ss, long oldSs) {
        AddressSpace space = thread.process.space();
        long sp = thread.cpu().spEl0;
        boolean on = thread.onAltStack(sp);
        if (oldSs != 0) {
            byte[] old = new byte[24];
            AddressSpace.putLong(old, 0, thread.altSp);
            AddressSpace.putInt(old, 8, thread.altFlags == SS_DISABLE ? SS_DISABLE : on ? SS_ONSTACK : 0);
            AddressSpace.putLong(old, 16, thread.altSize);
            if (!space.write(oldSs, old)) {
                return -EFAULT;
            }
        }
        if (ss != 0) {
            long[] fields = new long[3];
            if (!space.readLongs(ss, fields, 3)) {
                return -EFAULT;
            }
            int flags = (int) fields[1];
            if (on) {
                return -EPERM;
            }
            if ((flags & ~(SS_DISABLE | SS_ONSTACK | 0x80000000)) != 0) {
                return -EINVAL;
            }
            if ((flags & SS_DISABLE) != 0) {
                thread.altFlags = SS_DISABLE;
                thread.altSp = 0;
                thread.altSize = 0;
            } else {
                if (fields[2] < MINSIGSTKSZ) {
                    return -ENOMEM;
                }
                thread.altSp = fields[0];
                thread.altSize = fields[2];
                thread.altFlags = 0;
            }
        }
        return 0;
    }

    /** setitimer/getitimer for ITIMER_REAL (SIGALRM to the process); the CPU-time timers are accepted and never fire. */
    static long setitimer(GuestThread thread, long which, long newValue, long oldValue) {
        if (which < 0 || which > 2) {
            return -EINVAL;
        }
        GuestProcess process = thread.process;
        AddressSpace space = process.space();
        long[] value = null;
        if (newValue != 0) {
            value = new long[4];
            if (!space.readLongs(newValue, value, 4)) {
                return -EFAULT;
            }
            if (value[1] < 0 || value[1] >= 1_000_000 || value[3] < 0 || value[3] >= 1_000_000 || value[0] < 0 || value[2] < 0) {
                return -EINVAL;
            }
        }
        if (which != 0) {
            return oldValue != 0 && !space.writeLongs(oldValue, 0, 0, 0, 0) ? -EFAULT : 0;
        }
        Kernel kernel = thread.kernel;
        long[] old;
        kernel.lock.lock();
        try {
            // ITIMER_REAL is a process timer like timer_create's, with microsecond fields and SIGALRM from the kernel.
            long[] current = Timers.current(process.realTimer);
            old = new long[] {current[0], current[1] / 1000, current[2], current[3] / 1000};
            if (process.realTimer.deadline != 0 && old[2] == 0 && old[3] == 0) {
                old[3] = 1; // armed: at least a microsecond is left
            }
            if (value != null) {
                long initial = Math.min(value[2], 1L << 32) * 1_000_000_000L + value[3] * 1000;
                long interval = Math.min(value[0], 1L << 32) * 1_000_000_000L + value[1] * 1000;
                Timers.arm(kernel, process.realTimer, initial, interval);
            }
        } finally {
            kernel.lock.unlock();
        }
        if (oldValue != 0 && !space.writeLongs(oldValue, old)) {
            return -EFAULT;
        }
        return 0;
    }
}
