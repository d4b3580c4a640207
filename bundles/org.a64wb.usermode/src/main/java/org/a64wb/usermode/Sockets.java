package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

import java.io.IOException;

/**
 * AF_UNIX stream socket pairs (socketpair): two kernel pipes crossed, so each end reads what the other
 * writes, with send/recv and their msg forms (no ancillary data), shutdown, and the socket options
 * programs ask about. No other socket exists here: socket(2) of any family is EAFNOSUPPORT (glibc's nscd
 * lookups then read the files), and datagram and sequenced-packet pairs are EAFNOSUPPORT too, rather
 * than a stream that would lose their message boundaries.
 */
final class Sockets {

    static final int AF_UNIX = 1;
    static final int SOCK_STREAM = 1;
    static final int SOCK_NONBLOCK = O_NONBLOCK;
    static final int SOCK_CLOEXEC = O_CLOEXEC;
    static final int MSG_DONTWAIT = 0x40;
    static final int MSG_NOSIGNAL = 0x4000;
    static final int MSG_PEEK = 2;
    static final int MSG_WAITALL = 0x100;
    static final int SOL_SOCKET = 1;
    static final int SO_TYPE = 3, SO_ERROR = 4, SO_SNDBUF = 7, SO_RCVBUF = 8, SO_DOMAIN = 39, SO_ACCEPTCONN = 30, SO_PROTOCOL = 38;

    private final Syscalls syscalls;
    private final GuestProcess process;

    Sockets(Syscalls syscalls, GuestProcess process) {
        this.syscalls = syscalls;
        this.process = process;
    }

    private AddressSpace space() {
        return process.space();
    }

    long socketpair(long domain, long type, long protocol, long sv) {
        if (domain != AF_UNIX) {
            return -EAFNOSUPPORT;
        }
        if ((type & ~(0xf | SOCK_NONBLOCK | SOCK_CLOEXEC)) != 0) {
            return -EINVAL;
        }
        if ((type & 0xf) != SOCK_STREAM) {
            return -EAFNOSUPPORT;
        }
        if (protocol != 0) {
            return -EPROTONOSUPPORT;
        }
        Pipe there = new Pipe(process.kernel);
        Pipe back = new Pipe(process.kernel);
        FileTable.PipeEnd first = new FileTable.PipeEnd(back, there, true);
        FileTable.PipeEnd second = new FileTable.PipeEnd(there, back, true);
        first.statusFlags = (int) type & O_NONBLOCK;
        second.statusFlags = (int) type & O_NONBLOCK;
        return syscalls.installPair(first, second, (type & SOCK_CLOEXEC) != 0, sv);
    }

    /** The socket behind {@code fd}, or null with {@code error[0]} set (EBADF, ENOTSOCK). */
    private FileTable.PipeEnd socket(long fd, long[] error) {
        FileTable.OpenFile file = process.files.get(fd);
        if (file == null) {
            error[0] = -EBADF;
            return null;
        }
        if (!(file instanceof FileTable.PipeEnd end) || !end.socket) {
            error[0] = -ENOTSOCK;
            return null;
        }
        return end;
    }

    /** sendto (an address on a connected stream socket is ignored, as Linux does for AF_UNIX streams: EISCONN). */
    long sendto(GuestThread thread, long fd, long buf, long length, long flags, long address) throws IOException {
        long[] error = new long[1];
        FileTable.PipeEnd end = socket(fd, error);
        if (end == null) {
            return error[0];
        }
        if (address != 0) {
            return -EISCONN;
        }
        return send(thread, end, new long[] {buf, length}, flags);
    }

    long recvfrom(GuestThread thread, long fd, long buf, long length, long flags, long address, long addressLength)
            throws IOException {
        long[] error = new long[1];
        FileTable.PipeEnd end = socket(fd, error);
        if (end == null) {
            return error[0];
        }
        long n = receive(thread, end, new long[] {buf, length}, flags);
        if (n >= 0 && address != 0 && addressLength != 0 && !writeUnnamed(address, addressLength)) {
            return -EFAULT;
        }
        return n;
    }

    /** sendmsg: the iovec gathered; msg_name must be empty, ancillary data (SCM_RIGHTS ...) is not passed. */
    long sendmsg(GuestThread thread, long fd, long msg, long flags) throws IOException {
        long[] error = new long[1];
        FileTable.PipeEnd end = socket(fd, error);
        if (end == null) {
            return error[0];
        }
        long[] header = new long[7]; // name, namelen, iov, iovlen, control, controllen, flags
        if (!space().readLongs(msg, header, 6)) {
            return -EFAULT;
        }
        if (header[0] != 0) {
            return -EISCONN;
        }
        if (header[5] != 0) {
            return -EOPNOTSUPP;
        }
        long[] iov = iovec(header[2], header[3], error);
        return iov == null ? error[0] : send(thread, end, iov, flags);
    }

    long recvmsg(GuestThread thread, long fd, long msg, long flags) throws IOException {
        long[] error = new long[1];
        FileTable.PipeEnd end = socket(fd, error);
        if (end == null) {
            return error[0];
        }
        long[] header = new long[7];
        if (!space().readLongs(msg, header, 6)) {
            return -EFAULT;
        }
        long[] iov = iovec(header[2], header[3], error);
        if (iov == null) {
            return error[0];
        }
        long n = receive(thread, end, iov, flags);
        if (n >= 0) {
            // msg_namelen 0 (an unnamed peer), msg_controllen 0, msg_flags 0
            byte[] zero = new byte[4];
            if (!space().write(msg + 8, zero) || !space().writeLongs(msg + 40, 0) || !space().write(msg + 48, zero)) {
                return -EFAULT;
            }
        }
        return n;
    }

    long shutdown(long fd, long how) {
        long[] error = new long[1];
        FileTable.PipeEnd end = socket(fd, error);
        if (end == null) {
            return error[0];
        }
        if (how < 0 || how > 2) {
            return -EINVAL;
        }
        end.shutdown((int) how);
        return 0;
    }

    long getsockopt(long fd, long level, long name, long value, long length) {
        long[] error = new long[1];
        FileTable.PipeEnd end = socket(fd, error);
        if (end == null) {
            return error[0];
        }
        if (level != SOL_SOCKET) {
            return -EOPNOTSUPP;
        }
        int result = switch ((int) name) {
            case SO_TYPE -> SOCK_STREAM;
            case SO_ERROR, SO_ACCEPTCONN, SO_PROTOCOL -> 0;
            case SO_DOMAIN -> AF_UNIX;
            case SO_SNDBUF, SO_RCVBUF -> Pipe.CAPACITY;
            default -> Integer.MIN_VALUE;
        };
        if (result == Integer.MIN_VALUE) {
            return -ENOPROTOOPT;
        }
        byte[] have = new byte[4];
        if (!space().read(length, have, 0, 4)) {
            return -EFAULT;
        }
        if (Signals.getInt(have, 0) < 4) {
            return -EINVAL;
        }
        byte[] out = new byte[4];
        AddressSpace.putInt(out, 0, result);
        AddressSpace.putInt(have, 0, 4);
        return space().write(value, out) && space().write(length, have) ? 0 : -EFAULT;
    }

    /** setsockopt: accepted and ignored for the socket level (buffer sizes, timeouts, SO_PASSCRED ...). */
    long setsockopt(long fd, long level) {
        long[] error = new long[1];
        FileTable.PipeEnd end = socket(fd, error);
        if (end == null) {
            return error[0];
        }
        return level == SOL_SOCKET ? 0 : -EOPNOTSUPP;
    }

    /** getsockname/getpeername: both ends of a socket pair are unnamed (just the family). */
    long name(long fd, long address, long length) {
        long[] error = new long[1];
        if (socket(fd, error) == null) {
            return error[0];
        }
        return writeUnnamed(address, length) ? 0 : -EFAULT;
    }

    private boolean writeUnnamed(long address, long length) {
        byte[] have = new byte[4];
        if (!space().read(length, have, 0, 4)) {
            return false;
        }
        int room = Signals.getInt(have, 0);
        if (room > 0 && !space().write(address, new byte[] {AF_UNIX, 0}, 0, Math.min(room, 2))) {
            return false;
        }
        AddressSpace.putInt(have, 0, 2);
        return space().write(length, have);
    }

    /** An iovec array as {base, length} pairs, or null with {@code error[0]} set. */
    private long[] iovec(long address, long count, long[] error) {
        if (count < 0 || count > 1024) {
            error[0] = -EMSGSIZE;
            return null;
        }
        long[] iov = new long[(int) (2 * count)];
        if (count > 0 && !space().readLongs(address, iov, iov.length)) {
            error[0] = -EFAULT;
            return null;
        }
        return iov;
    }

    private long send(GuestThread thread, FileTable.PipeEnd end, long[] iov, long flags) throws IOException {
        long total = 0;
        for (int i = 0; i < iov.length; i += 2) {
            long length = iov[i + 1];
            if (length < 0) {
                return -EINVAL;
            }
            for (long done = 0; done < length;) {
                int n = (int) Math.min(length - done, Pipe.CAPACITY);
                byte[] bytes = new byte[n];
                if (!space().read(iov[i] + done, bytes, 0, n)) {
                    return total > 0 ? total : -EFAULT;
                }
                boolean nonblocking = (flags & MSG_DONTWAIT) != 0 || (end.statusFlags & O_NONBLOCK) != 0;
                long written = end.outShut ? -EPIPE : end.out.write(thread, bytes, n, nonblocking);
                if (written == -EPIPE && (flags & MSG_NOSIGNAL) == 0 && total == 0) {
                    syscalls.brokenPipe(thread);
                }
                if (written < 0) {
                    return total > 0 ? total : written;
                }
                total += written;
                done += written;
                if (written < n) {
                    return total;
                }
            }
        }
        return total;
    }

    /** One read's worth (a stream socket returns what is there), or all of it with MSG_WAITALL. */
    private long receive(GuestThread thread, FileTable.PipeEnd end, long[] iov, long flags) {
        if ((flags & MSG_PEEK) != 0) {
            return -EOPNOTSUPP;
        }
        long want = 0;
        for (int i = 0; i < iov.length; i += 2) {
            if (iov[i + 1] < 0) {
                return -EINVAL;
            }
            want += iov[i + 1];
        }
        if (want == 0 || end.inShut) {
            return 0;
        }
        boolean nonblocking = (flags & MSG_DONTWAIT) != 0 || (end.statusFlags & O_NONBLOCK) != 0;
        byte[] bytes = new byte[(int) Math.min(want, Pipe.CAPACITY)];
        int got = 0;
        do {
            byte[] chunk = got == 0 ? bytes : new byte[bytes.length - got];
            long n = end.in.read(thread, chunk, chunk.length, nonblocking);
            if (n < 0) {
                if (got > 0) {
                    break;
                }
                return n;
            }
            if (n == 0) {
                break;
            }
            if (chunk != bytes) {
                System.arraycopy(chunk, 0, bytes, got, (int) n);
            }
            got += (int) n;
        } while ((flags & MSG_WAITALL) != 0 && got < bytes.length);
        int at = 0;
        for (int i = 0; i < iov.length && at < got; i += 2) {
            int n = (int) Math.min(iov[i + 1], got - at);
            if (!space().write(iov[i], bytes, at, n)) {
                return at > 0 ? at : -EFAULT;
            }
            at += n;
        }
        return got;
    }
}
