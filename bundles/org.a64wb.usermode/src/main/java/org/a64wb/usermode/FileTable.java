package org.a64wb.usermode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A process's file descriptors. Each refers to an open file description ({@link OpenFile}) that
 * dup, fork and SCM sharing keep alive by reference count: closing one descriptor of a pipe's write
 * end does not end the reader's input while another process still holds it. The close-on-exec flag
 * belongs to the descriptor; status flags (O_NONBLOCK, O_APPEND) to the description.
 */
final class FileTable {

    static final int MAX_FDS = 1024;

    /** One open file description. */
    abstract static class OpenFile {
        private int references = 1;
        /** O_APPEND, O_NONBLOCK ... as F_GETFL reports them beside the access mode. */
        volatile int statusFlags;
        /** A host standard stream that is a terminal: the guest sees a tty (isatty, TCGETS, TIOCGWINSZ). */
        boolean terminal;

        boolean readable() {
            return false;
        }

        boolean writable() {
            return false;
        }

        /** Releases the host resource once the last descriptor referring to this is closed. */
        void close() throws IOException {
        }

        final synchronized OpenFile retain() {
            references++;
            return this;
        }

        /** Drops one reference; closes on the last. */
        final void release() {
            boolean last;
            synchronized (this) {
                last = --references == 0;
            }
            if (last) {
                try {
                    close();
                } catch (IOException e) {
                    // closing is best effort: the guest's close already succeeded
                }
            }
        }
    }

    static final class InStream extends OpenFile {
        final InputStream in;

        InStream(InputStream in) {
            this.in = in;
        }

        @Override
        boolean readable() {
            return true;
        }
    }

    static final class OutStream extends OpenFile {
        final OutputStream out;

        OutStream(OutputStream out) {
            this.out = out;
        }

        @Override
        boolean writable() {
            return true;
        }

        @Override
        void close() throws IOException {
            out.flush();
        }
    }

    static final class HostFile extends OpenFile {
        final FileChannel channel;
        final Path path;
        final boolean read;
        final boolean write;
        final boolean append;
        /** Set once a MAP_SHARED mapping of this file exists: reads first write the mapping back. */
        volatile boolean mappedShared;

        HostFile(FileChannel channel, Path path, boolean read, boolean write, boolean append) {
            this.channel = channel;
            this.path = path;
            this.read = read;
            this.write = write;
            this.append = append;
        }

        @Override
        boolean readable() {
            return read;
        }

        @Override
        boolean writable() {
            return write;
        }

        @Override
        void close() throws IOException {
            channel.close();
        }
    }

    static final class Directory extends OpenFile {
        final Path path;
        /** Entries not yet returned by getdents64; null until the first call lists the directory. */
        java.util.List<byte[]> pending;
        long offset;

        Directory(Path path) {
            this.path = path;
        }
    }

    /** /dev/null (reads end at once, writes vanish) and /dev/zero (reads zeroes). */
    static final class Device extends OpenFile {
        final boolean zero;
        final boolean read;
        final boolean write;

        Device(boolean zero, boolean read, boolean write) {
            this.zero = zero;
            this.read = read;
            this.write = write;
        }

        @Override
        boolean readable() {
            return read;
        }

        @Override
        boolean writable() {
            return write;
        }
    }

    /**
     * What reads and writes go through kernel pipes: one end of a pipe, both ends of a FIFO opened O_RDWR,
     * or one end of an AF_UNIX stream socket pair (reading one pipe, writing the other).
     */
    static final class PipeEnd extends OpenFile {
        /** The pipe reads come from and writes go to; null for a direction this end does not have. */
        final Pipe in;
        final Pipe out;
        /** An AF_UNIX SOCK_STREAM socket (fstat S_IFSOCK, send/recv, shutdown). */
        final boolean socket;
        /** shutdown(2) has closed the direction already (close does not close it twice). */
        boolean inShut;
        boolean outShut;

        PipeEnd(Pipe pipe, boolean writeEnd) {
            this(writeEnd ? null : pipe, writeEnd ? pipe : null, false);
        }

        PipeEnd(Pipe pipe, boolean readEnd, boolean writeEnd) {
            this(readEnd ? pipe : null, writeEnd ? pipe : null, false);
        }

        PipeEnd(Pipe in, Pipe out, boolean socket) {
            this.in = in;
            this.out = out;
            this.socket = socket;
        }

        @Override
        boolean readable() {
            return in != null;
        }

        @Override
        boolean writable() {
            return out != null;
        }

        /** shutdown: SHUT_RD (0), SHUT_WR (1), SHUT_RDWR (2); the peer then sees EOF, or EPIPE when writing. */
        synchronized void shutdown(int how) {
            if ((how == 0 || how == 2) && in != null && !inShut) {
                inShut = true;
                in.closeEnd(false);
            }
            if ((how == 1 || how == 2) && out != null && !outShut) {
                outShut = true;
                out.closeEnd(true);
            }
        }

        @Override
        synchronized void close() {
            if (in != null && !inShut) {
                in.closeEnd(false);
            }
            if (out != null && !outShut) {
                out.closeEnd(true);
            }
        }
    }

    private final OpenFile[] files = new OpenFile[MAX_FDS];
    private final boolean[] closeOnExec = new boolean[MAX_FDS];

    FileTable(InputStream in, OutputStream out, OutputStream err) {
        files[0] = new InStream(in);
        files[1] = new OutStream(out);
        files[2] = new OutStream(err);
    }

    /** Marks the standard streams as a terminal (the runner's own stdin and stdout are one). */
    void standardStreamsAreTerminal() {
        for (int fd = 0; fd < 3; fd++) {
            if (files[fd] != null) {
                files[fd].terminal = true;
            }
        }
    }

    /** Pushes out what the guest wrote to its terminal streams (before the terminal's settings change). */
    void flushStandardStreams() {
        for (OpenFile file : files) {
            if (file instanceof OutStream stream && file.terminal) {
                try {
                    stream.out.flush();
                } catch (IOException e) {
                    // A terminal that cannot be written to any more: the next write reports it.
                }
            }
        }
    }

    private FileTable() {
    }

    /** fork: the same open file descriptions under the same numbers. */
    synchronized FileTable copy() {
        FileTable copy = new FileTable();
        for (int fd = 0; fd < MAX_FDS; fd++) {
            if (files[fd] != null) {
                copy.files[fd] = files[fd].retain();
                copy.closeOnExec[fd] = closeOnExec[fd];
            }
        }
        return copy;
    }

    synchronized OpenFile get(long fd) {
        return fd >= 0 && fd < MAX_FDS ? files[(int) fd] : null;
    }

    /** Lowest free descriptor at or above {@code from}, or -1 (the caller still owns {@code file}). */
    synchronized int add(OpenFile file, int from, boolean cloexec) {
        for (int fd = Math.max(0, from); fd < MAX_FDS; fd++) {
            if (files[fd] == null) {
                files[fd] = file;
                closeOnExec[fd] = cloexec;
                return fd;
            }
        }
        return -1;
    }

    int add(OpenFile file) {
        return add(file, 0, false);
    }

    /** dup2/dup3: puts {@code file} at {@code fd}, releasing what was there. */
    void put(int fd, OpenFile file, boolean cloexec) {
        OpenFile old;
        synchronized (this) {
            old = files[fd];
            files[fd] = file;
            closeOnExec[fd] = cloexec;
        }
        if (old != null) {
            old.release();
        }
    }

    synchronized boolean closeOnExec(long fd) {
        return closeOnExec[(int) fd];
    }

    synchronized void setCloseOnExec(long fd, boolean value) {
        closeOnExec[(int) fd] = value;
    }

    /** Removes the descriptor; the caller releases the returned description. */
    synchronized OpenFile remove(long fd) {
        OpenFile file = get(fd);
        if (file != null) {
            files[(int) fd] = null;
            closeOnExec[(int) fd] = false;
        }
        return file;
    }

    /** execve: closes the descriptors marked close-on-exec. */
    void closeOnExec() {
        for (int fd = 0; fd < MAX_FDS; fd++) {
            OpenFile file;
            synchronized (this) {
                file = closeOnExec[fd] ? remove(fd) : null;
            }
            if (file != null) {
                file.release();
            }
        }
    }

    /** Process exit: releases every descriptor. */
    void closeAll() {
        for (int fd = 0; fd < MAX_FDS; fd++) {
            OpenFile file = remove(fd);
            if (file != null) {
                file.release();
            }
        }
    }
}
