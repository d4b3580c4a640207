package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * POSIX per-process timers (timer_create and friends, signal notification) and timerfd descriptors,
 * both driven by the kernel's timer thread. A timer's state is guarded by the kernel lock.
 */
final class Timers {

    static final int SIGEV_SIGNAL = 0, SIGEV_NONE = 1, SIGEV_THREAD_ID = 4;
    static final int TIMER_ABSTIME = 1;

    private Timers() {
    }

    /** One armed-or-not timer: what it does on expiry and when it next expires. */
    abstract static class Timer {
        final long clock;
        ScheduledFuture<?> future;
        long interval;
        long deadline;
        long overrun;
        /** Bumped whenever the timer is set: a firing scheduled for an older setting does nothing. */
        long generation;

        Timer(long clock) {
            this.clock = clock;
        }

        abstract void expire(Kernel kernel);
    }

    static final class PosixTimer extends Timer {
        final GuestProcess process;
        final int id;
        final int signal;
        final long value;
        final int notify;
        final int tid;

        PosixTimer(GuestProcess process, int id, long clock, int signal, long value, int notify, int tid) {
            super(clock);
            this.process = process;
            this.id = id;
            this.signal = signal;
            this.value = value;
            this.notify = notify;
            this.tid = tid;
        }

        @Override
        void expire(Kernel kernel) {
            if (notify == SIGEV_NONE || process.isZombie() || process.exiting) {
                return;
            }
            byte[] info;
            if (id < 0) {
                info = Signals.info(signal, Signals.SI_KERNEL); // setitimer's SIGALRM
            } else {
                info = Signals.info(signal, Signals.SI_TIMER);
                AddressSpace.putInt(info, 16, id);
                AddressSpace.putInt(info, 20, (int) overrun);
                AddressSpace.putLong(info, 24, value);
            }
            GuestThread thread = notify == SIGEV_THREAD_ID ? kernel.thread(tid) : null;
            if (thread != null && thread.process == process) {
                Processes.post(thread, signal, info);
            } else {
                Processes.post(process, signal, info);
            }
        }
    }

    /** A timerfd: reads return the expirations since the last read. */
    static final class TimerFile extends FileTable.OpenFile {
        final Timer timer;
        long expirations;

        TimerFile(long clock) {
            this.timer = new Timer(clock) {
                @Override
                void expire(Kernel kernel) {
                    expirations++;
                }
            };
        }

        @Override
        boolean readable() {
            return true;
        }

        @Override
        void close() {
            if (timer.future != null) {
                timer.future.cancel(false);
            }
        }
    }

    /** Under the lock: arms {@code timer} to expire in {@code nanos}, then every {@code interval}. */
    static void arm(Kernel kernel, Timer timer, long nanos, long interval) {
        if (timer.future != null) {
            timer.future.cancel(false);
            timer.future = null;
        }
        timer.generation++;
        timer.interval = interval;
        timer.overrun = 0;
        if (nanos <= 0) {
            timer.deadline = 0;
            return;
        }
        schedule(kernel, timer, nanos);
    }

    private static void schedule(Kernel kernel, Timer timer, long nanos) {
        timer.deadline = System.nanoTime() + nanos;
        long generation = timer.generation;
        timer.future = kernel.timers().schedule(() -> {
            kernel.lock.lock();
            try {
                if (timer.generation != generation) {
                    return; // re-armed, stopped or deleted after this firing was due
                }
                timer.expire(kernel);
                if (timer.interval > 0) {
                    schedule(kernel, timer, timer.interval);
                } else {
                    timer.future = null;
                    timer.deadline = 0;
                }
                kernel.changed.signalAll();
            } finally {
                kernel.lock.unlock();
            }
        }, nanos, TimeUnit.NANOSECONDS);
    }

    /** struct itimerspec {interval, value} of {@code timer} now. */
    static long[] current(Timer timer) {
        long left = timer.deadline == 0 ? 0 : Math.max(1, timer.deadline - System.nanoTime());
        return new long[] {timer.interval / 1_000_000_000L, timer.interval % 1_000_000_000L, left / 1_000_000_000L,
            left % 1_000_000_000L};
    }

    /** Reads an itimerspec; returns {first expiry in ns from now, interval} or null with error[0]. */
    static long[] readSpec(AddressSpace space, long address, long clock, boolean absolute, long startNanos, long[] error) {
        long[] spec = new long[4];
        if (!space.readLongs(address, spec, 4)) {
            error[0] = -EFAULT;
            return null;
        }
        long interval = Clocks.timespec(spec[0], spec[1]);
        long value = Clocks.timespec(spec[2], spec[3]);
        if (interval < 0 || value < 0) {
            error[0] = -EINVAL;
            return null;
        }
        if (absolute && value != 0) {
            value = Math.max(1, value - Clocks.nanos(clock, startNanos));
        }
        return new long[] {value, interval};
    }

    // ---- POSIX timers ----------------------------------------------------------------------------

    static long create(GuestThread thread, long clock, long sevp, long timerid) {
        GuestProcess process = thread.process;
        if (Clocks.nanos(clock, process.startNanos) == Long.MIN_VALUE) {
            return -EINVAL;
        }
        int signal = Signals.SIGALRM;
        long value = 0;
        int notify = SIGEV_SIGNAL;
        int tid = 0;
        AddressSpace space = process.space();
        if (sevp != 0) {
            byte[] ev = new byte[64];
            if (!space.read(sevp, ev, 0, 64)) {
                return -EFAULT;
            }
            value = Signals.getLong(ev, 0);
            signal = Signals.getInt(ev, 8);
            notify = Signals.getInt(ev, 12);
            tid = Signals.getInt(ev, 16);
            if (notify != SIGEV_SIGNAL && notify != SIGEV_NONE && notify != SIGEV_THREAD_ID) {
                return -EINVAL;
            }
            if (notify != SIGEV_NONE && (signal < 1 || signal > 64)) {
                return -EINVAL;
            }
        }
        Kernel kernel = thread.kernel;
        int id;
        kernel.lock.lock();
        try {
            id = 0;
            while (process.timers.containsKey(id)) {
                id++;
            }
            if (sevp == 0) {
                value = id;
            }
            process.timers.put(id, new PosixTimer(process, id, clock, signal, value, notify, tid));
        } finally {
            kernel.lock.unlock();
        }
        byte[] b = new byte[4];
        AddressSpace.putInt(b, 0, id);
        if (!space.write(timerid, b)) {
            delete(thread, id);
            return -EFAULT;
        }
        return 0;
    }

    static long settime(GuestThread thread, long id, long flags, long newValue, long oldValue) {
        GuestProcess process = thread.process;
        Kernel kernel = thread.kernel;
        long[] error = new long[1];
        kernel.lock.lock();
        try {
            PosixTimer timer = process.timers.get((int) id);
            if (timer == null || id < 0 || id > Integer.MAX_VALUE) {
                return -EINVAL;
            }
            long[] spec = readSpec(process.space(), newValue, timer.clock, (flags & TIMER_ABSTIME) != 0, process.startNanos, error);
            if (spec == null) {
                return error[0];
            }
            long[] old = current(timer);
            arm(kernel, timer, spec[0], spec[1]);
            return oldValue == 0 || process.space().writeLongs(oldValue, old) ? 0 : -EFAULT;
        } finally {
            kernel.lock.unlock();
        }
    }

    static long gettime(GuestThread thread, long id, long value) {
        GuestProcess process = thread.process;
        thread.kernel.lock.lock();
        try {
            PosixTimer timer = process.timers.get((int) id);
            if (timer == null) {
                return -EINVAL;
            }
            return process.space().writeLongs(value, current(timer)) ? 0 : -EFAULT;
        } finally {
            thread.kernel.lock.unlock();
        }
    }

    static long overrun(GuestThread thread, long id) {
        thread.kernel.lock.lock();
        try {
            PosixTimer timer = thread.process.timers.get((int) id);
            return timer == null ? -EINVAL : timer.overrun;
        } finally {
            thread.kernel.lock.unlock();
        }
    }

    static long delete(GuestThread thread, long id) {
        thread.kernel.lock.lock();
        try {
            PosixTimer timer = thread.process.timers.remove((int) id);
            if (timer == null) {
                return -EINVAL;
            }
            arm(thread.kernel, timer, 0, 0);
            return 0;
        } finally {
            thread.kernel.lock.unlock();
        }
    }

    // ---- timerfd ---------------------------------------------------------------------------------

    static long timerfdCreate(GuestThread thread, long clock, long flags) {
        if ((flags & ~(O_CLOEXEC | O_NONBLOCK)) != 0 || Clocks.nanos(clock, 0) == Long.MIN_VALUE || clock == 2 || clock == 3) {
            return -EINVAL;
        }
        TimerFile file = new TimerFile(clock);
        file.statusFlags = (int) flags & O_NONBLOCK;
        int fd = thread.process.files.add(file, 0, (flags & O_CLOEXEC) != 0);
        return fd < 0 ? -EMFILE : fd;
    }

    static long timerfdSettime(GuestThread thread, long fd, long flags, long newValue, long oldValue) {
        FileTable.OpenFile f = thread.process.files.get(fd);
        if (!(f instanceof TimerFile file)) {
            return f == null ? -EBADF : -EINVAL;
        }
        Kernel kernel = thread.kernel;
        long[] error = new long[1];
        kernel.lock.lock();
        try {
            long[] spec = readSpec(thread.process.space(), newValue, file.timer.clock, (flags & TIMER_ABSTIME) != 0,
                    thread.process.startNanos, error);
            if (spec == null) {
                return error[0];
            }
            long[] old = current(file.timer);
            file.expirations = 0;
            arm(kernel, file.timer, spec[0], spec[1]);
            return oldValue == 0 || thread.process.space().writeLongs(oldValue, old) ? 0 : -EFAULT;
        } finally {
            kernel.lock.unlock();
        }
    }

    static long timerfdGettime(GuestThread thread, long fd, long value) {
        FileTable.OpenFile f = thread.process.files.get(fd);
        if (!(f instanceof TimerFile file)) {
            return f == null ? -EBADF : -EINVAL;
        }
        thread.kernel.lock.lock();
        try {
            return thread.process.space().writeLongs(value, current(file.timer)) ? 0 : -EFAULT;
        } finally {
            thread.kernel.lock.unlock();
        }
    }

    /** read(2) on a timerfd: 8 bytes of expiration count, blocking until there is one. */
    static long read(GuestThread thread, TimerFile file, long buf, long count) {
        if (count < 8) {
            return -EINVAL;
        }
        Kernel kernel = thread.kernel;
        long n;
        kernel.lock.lock();
        try {
            while (file.expirations == 0) {
                if ((file.statusFlags & O_NONBLOCK) != 0) {
                    return -EAGAIN;
                }
                if (thread.interrupted()) {
                    return -ERESTARTSYS;
                }
                kernel.changed.awaitNanos(1_000_000_000L);
            }
            n = file.expirations;
            file.expirations = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        } finally {
            kernel.lock.unlock();
        }
        return thread.process.space().writeLongs(buf, n) ? 8 : -EFAULT;
    }

    /** Whether a read would not block (ppoll). */
    static boolean readable(Kernel kernel, TimerFile file) {
        kernel.lock.lock();
        try {
            return file.expirations > 0;
        } finally {
            kernel.lock.unlock();
        }
    }
}
