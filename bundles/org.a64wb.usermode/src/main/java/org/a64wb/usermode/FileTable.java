package org.a64wb.usermode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** The guest's file descriptors: 0-2 are the host streams, others host files or directories. */
final class FileTable {

    static final int MAX_FDS = 1024;

    /** One open file description. */
    abstract static class OpenFile {
        boolean readable() {
            return false;
        }

        boolean writable() {
            return false;
        }

        void close() throws IOException {
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
    }

    static final class HostFile extends OpenFile {
        final FileChannel channel;
        final Path path;
        final boolean read;
        final boolean write;
        final boolean append;

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

        Directory(Path path) {
            this.path = path;
        }
    }

    private final OpenFile[] files = new OpenFile[MAX_FDS];

    FileTable(InputStream in, OutputStream out, OutputStream err) {
        files[0] = new InStream(in);
        files[1] = new OutStream(out);
        files[2] = new OutStream(err);
    }

    OpenFile get(long fd) {
        return fd >= 0 && fd < MAX_FDS ? files[(int) fd] : null;
    }

    /** Lowest free descriptor, or -1. */
    int add(OpenFile file) {
        for (int fd = 0; fd < MAX_FDS; fd++) {
            if (files[fd] == null) {
                files[fd] = file;
                return fd;
            }
        }
        return -1;
    }

    OpenFile remove(long fd) {
        OpenFile file = get(fd);
        if (file != null) {
            files[(int) fd] = null;
        }
        return file;
    }

    void closeAll() {
        for (int fd = 3; fd < MAX_FDS; fd++) {
            if (files[fd] != null) {
                try {
                    files[fd].close();
                } catch (IOException e) {
                    // closing at exit is best effort
                }
                files[fd] = null;
            }
        }
    }
}
