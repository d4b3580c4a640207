package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

/**
 * A pipe's buffer (64 KiB, like Linux's default) and its open read and write ends. All state is
 * guarded by the kernel lock; blocked readers and writers wait on the kernel's condition.
 */
final class Pipe {

    static final int CAPACITY = 1 << 16;
    /** Writes up to this size are atomic (POSIX PIPE_BUF). */
    static final int PIPE_BUF = 4096;

    private final Kernel kernel;
    private final byte[] buffer = new byte[CAPACITY];
    private int head;
    private int count;
    int readers;
    int writers;
    /** Opens for reading and for writing so far: a FIFO's open waits for the other side's count to move. */
    long readerOpens;
    long writerOpens;
    /** The host file key of the FIFO this pipe serves, or null for pipe2's anonymous pipes. */
    final Object fifoKey;

    /** An anonymous pipe (pipe2, one direction of a socket pair), created with one read and one write end open. */
    Pipe(Kernel kernel) {
        this(kernel, null);
        readers = writers = 1;
        readerOpens = writerOpens = 1;
    }

    Pipe(Kernel kernel, Object fifoKey) {
        this.kernel = kernel;
        this.fifoKey = fifoKey;
    }

    int available() {
        kernel.lock.lock();
        try {
            return count;
        } finally {
            kernel.lock.unlock();
        }
    }

    /** Reads into {@code into}; 0 at end of file; -EAGAIN, -ERESTARTSYS as Linux would. */
    long read(GuestThread thread, byte[] into, int length, boolean nonblocking) {
        kernel.lock.lock();
        try {
            while (count == 0) {
                if (writers == 0) {
                    return 0;
                }
                if (nonblocking) {
                    return -EAGAIN;
                }
                if (thread.interrupted()) {
                    return -ERESTARTSYS;
                }
                kernel.changed.awaitNanos(1_000_000_000L);
            }
            int n = Math.min(length, count);
            for (int i = 0; i < n; i++) {
                into[i] = buffer[(head + i) % CAPACITY];
            }
            head = (head + n) % CAPACITY;
            count -= n;
            kernel.changed.signalAll();
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        } finally {
            kernel.lock.unlock();
        }
    }

    /**
     * Writes all of {@code from} (blocking while full) unless interrupted; -EPIPE when no reader is
     * left (the caller raises SIGPIPE). Returns bytes written, or the error when none were.
     */
    long write(GuestThread thread, byte[] from, int length, boolean nonblocking) {
        kernel.lock.lock();
        try {
            int done = 0;
            while (done < length) {
                if (readers == 0) {
                    return done > 0 ? done : -EPIPE;
                }
                int space = CAPACITY - count;
                int want = length - done;
                // Up to PIPE_BUF bytes go in at once or not at all.
                if (space == 0 || (want <= PIPE_BUF && space < want)) {
                    if (nonblocking) {
                        return done > 0 ? done : -EAGAIN;
                    }
                    if (thread.interrupted()) {
                        return done > 0 ? done : -ERESTARTSYS;
                    }
                    kernel.changed.awaitNanos(1_000_000_000L);
                    continue;
                }
                int n = Math.min(space, want);
                for (int i = 0; i < n; i++) {
                    buffer[(head + count + i) % CAPACITY] = from[done + i];
                }
                count += n;
                done += n;
                kernel.changed.signalAll();
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -EINTR;
        } finally {
            kernel.lock.unlock();
        }
    }

    void closeEnd(boolean writeEnd) {
        kernel.lock.lock();
        try {
            if (writeEnd) {
                writers--;
            } else {
                readers--;
            }
            // Linux frees a FIFO's buffer, unread data and all, when the last opener closes it.
            if (fifoKey != null && readers == 0 && writers == 0) {
                kernel.fifos.remove(fifoKey, this);
            }
            kernel.changed.signalAll();
        } finally {
            kernel.lock.unlock();
        }
    }
}
