package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

import java.io.IOException;

/**
 * ppoll and pselect6 over the guest's descriptors. Pipes are ready as their buffers say; host files
 * and devices always are; the host's standard input is taken to be ready (a read then blocks on the
 * host stream). Waits re-check every 20 ms, since nothing signals the kernel when host input arrives.
 */
final class Poll {

    static final int POLLRDHUP = 0x2000;
    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 0x10, POLLNVAL = 0x20, POLLRDNORM = 0x40,
            POLLWRNORM = 0x100;

    private Poll() {
    }

    /** The poll events {@code file} has now. */
    static int ready(Kernel kernel, FileTable.OpenFile file) {
        if (file == null) {
            return POLLNVAL;
        }
        if (file instanceof FileTable.PipeEnd end) {
            kernel.lock.lock();
            try {
                int events = 0;
                Pipe out = end.out;
                if (out != null && !end.outShut) {
                    events |= out.readers == 0 ? POLLERR | POLLOUT | POLLWRNORM
                            : Pipe.CAPACITY - out.available() >= Pipe.PIPE_BUF ? POLLOUT | POLLWRNORM : 0;
                }
                Pipe in = end.in;
                if (in != null) {
                    events |= in.available() > 0 ? POLLIN | POLLRDNORM : 0;
                    // A FIFO nobody has opened for writing yet is not hung up (Linux's pipe_poll: w_counter).
                    if (in.writers == 0 && in.writerOpens > 0) {
                        // Linux's unix_poll: the peer's end of writing is RDHUP and readable (EOF); HUP once it is gone.
                        events |= end.socket ? POLLIN | POLLRDNORM | POLLRDHUP | (out == null || out.readers == 0 ? POLLHUP : 0) : POLLHUP;
                    }
                }
                return events;
            } finally {
                kernel.lock.unlock();
            }
        }
        if (file instanceof Timers.TimerFile timer) {
            return Timers.readable(kernel, timer) ? POLLIN | POLLRDNORM : 0;
        }
        if (file instanceof FileTable.InStream in) {
            try {
                in.in.available();
            } catch (IOException e) {
                return POLLERR;
            }
            return POLLIN | POLLRDNORM;
        }
        int events = 0;
        if (file.readable() || file instanceof FileTable.Directory) {
            events |= POLLIN | POLLRDNORM;
        }
        if (file.writable()) {
            events |= POLLOUT | POLLWRNORM;
        }
        return events;
    }

    /** Deadline (System.nanoTime) from a timespec pointer; Long.MAX_VALUE for none; Long.MIN_VALUE if bad, MIN+1 if unreadable. */
    private static long deadline(AddressSpace space, long timespec) {
        if (timespec == 0) {
            return Long.MAX_VALUE;
        }
        long[] ts = new long[2];
        if (!space.readLongs(timespec, ts, 2)) {
            return Long.MIN_VALUE + 1;
        }
        long nanos = Clocks.timespec(ts[0], ts[1]);
        return nanos < 0 ? Long.MIN_VALUE : System.nanoTime() + nanos;
    }

    @FunctionalInterface
    private interface Scan {
        /** Number of ready descriptors, recording them; negative errno. */
        int scan();
    }

    /** Waits (with the optional temporary signal mask) until {@code scan} finds something, the deadline, or a signal. */
    private static long await(GuestThread thread, long deadline, long maskPointer, long sigsetsize, Scan scan) {
        AddressSpace space = thread.process.space();
        Kernel kernel = thread.kernel;
        boolean masked = maskPointer != 0;
        if (masked) {
            if (sigsetsize != 8) {
                return -EINVAL;
            }
            long[] mask = new long[1];
            if (!space.readLongs(maskPointer, mask, 1)) {
                return -EFAULT;
            }
            kernel.lock.lock();
            try {
                thread.savedMask = thread.sigmask;
                thread.useSavedMask = true;
                thread.sigmask = mask[0] & ~Signals.UNBLOCKABLE;
            } finally {
                kernel.lock.unlock();
            }
        }
        long result;
        while (true) {
            int n = scan.scan();
            if (n != 0) {
                result = n;
                break;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                result = 0;
                break;
            }
            kernel.lock.lock();
            try {
                if (thread.interrupted()) {
                    thread.attention = true;
                    return -ERESTARTNOHAND; // the temporary mask stays until the handler's frame saves the old one
                }
                kernel.changed.awaitNanos(Math.min(left, 20_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = -EINTR;
                break;
            } finally {
                kernel.lock.unlock();
            }
        }
        if (masked) {
            kernel.lock.lock();
            try {
                thread.sigmask = thread.savedMask;
                thread.useSavedMask = false;
            } finally {
                kernel.lock.unlock();
            }
        }
        return result;
    }

    static long ppoll(GuestThread thread, long fds, long nfds, long timeout, long sigmask, long sigsetsize) {
        if (nfds < 0 || nfds > FileTable.MAX_FDS) {
            return -EINVAL;
        }
        AddressSpace space = thread.process.space();
        byte[] table = new byte[(int) nfds * 8];
        if (!space.read(fds, table, 0, table.length)) {
            return -EFAULT;
        }
        long deadline = deadline(space, timeout);
        if (deadline == Long.MIN_VALUE) {
            return -EINVAL;
        }
        if (deadline == Long.MIN_VALUE + 1) {
            return -EFAULT;
        }
        FileTable files = thread.process.files;
        long result = await(thread, deadline, sigmask, sigsetsize, () -> {
            int count = 0;
            for (int i = 0; i < nfds; i++) {
                int fd = Signals.getInt(table, 8 * i);
                int events = (table[8 * i + 4] & 0xff) | (table[8 * i + 5] & 0xff) << 8;
                int revents = fd < 0 ? 0 : ready(thread.kernel, files.get(fd)) & (events | POLLERR | POLLHUP | POLLNVAL);
                table[8 * i + 6] = (byte) revents;
                table[8 * i + 7] = (byte) (revents >> 8);
                if (revents != 0) {
                    count++;
                }
            }
            return count;
        });
        if (result >= 0 && !space.write(fds, table)) {
            return -EFAULT;
        }
        return result;
    }

    static long pselect6(GuestThread thread, long n, long readfds, long writefds, long exceptfds, long timeout, long sigdata) {
        if (n < 0 || n > FileTable.MAX_FDS) {
            return -EINVAL;
        }
        AddressSpace space = thread.process.space();
        int bytes = (int) ((n + 63) / 64 * 8);
        byte[][] sets = new byte[3][];
        long[] pointers = {readfds, writefds, exceptfds};
        for (int k = 0; k < 3; k++) {
            if (pointers[k] != 0) {
                sets[k] = new byte[bytes];
                if (!space.read(pointers[k], sets[k], 0, bytes)) {
                    return -EFAULT;
                }
            }
        }
        long deadline = deadline(space, timeout);
        if (deadline == Long.MIN_VALUE) {
            return -EINVAL;
        }
        if (deadline == Long.MIN_VALUE + 1) {
            return -EFAULT;
        }
        long maskPointer = 0;
        long maskSize = 8;
        if (sigdata != 0) {
            long[] data = new long[2];
            if (!space.readLongs(sigdata, data, 2)) {
                return -EFAULT;
            }
            maskPointer = data[0];
            maskSize = data[1];
        }
        FileTable files = thread.process.files;
        byte[][] out = new byte[3][];
        for (int k = 0; k < 3; k++) {
            out[k] = sets[k] == null ? null : new byte[bytes];
        }
        long result = await(thread, deadline, maskPointer, maskSize, () -> {
            int count = 0;
            for (int k = 0; k < 3; k++) {
                if (out[k] != null) {
                    java.util.Arrays.fill(out[k], (byte) 0);
                }
            }
            for (int fd = 0; fd < n; fd++) {
                boolean any = false;
                for (int k = 0; k < 3; k++) {
                    any |= sets[k] != null && (sets[k][fd / 8] & (1 << (fd % 8))) != 0;
                }
                if (!any) {
                    continue;
                }
                FileTable.OpenFile file = files.get(fd);
                if (file == null) {
                    return -EBADF;
                }
                int events = ready(thread.kernel, file);
                int[] masks = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI};
                for (int k = 0; k < 3; k++) {
                    if (sets[k] != null && (sets[k][fd / 8] & (1 << (fd % 8))) != 0 && (events & masks[k]) != 0) {
                        out[k][fd / 8] |= (byte) (1 << (fd % 8));
                        count++;
                    }
                }
            }
            return count;
        });
        if (result >= 0) {
            for (int k = 0; k < 3; k++) {
                if (out[k] != null && !space.write(pointers[k], out[k])) {
                    return -EFAULT;
                }
            }
        }
        return result;
    }
}
