package org.a64wb.usermode;

import static org.a64wb.usermode.Linux.*;

/**
 * The terminal requests on standard streams that are the host's terminal. With a controllable host
 * terminal ({@link HostTerminal}) TCGETS/TCSETS are the host's own settings, so a line editor gets the
 * raw mode it asks for. Without one (the host offers no stty), the host terminal stays cooked and
 * echoing: TCGETS then reports canonical input without ECHO, which makes busybox's line editor and
 * similar programs read plain lines instead of switching to a raw mode they could not get, and TCSETS
 * changes nothing.
 */
final class Terminal {

    static final long TCGETS = 0x5401, TCSETS = 0x5402, TCSETSW = 0x5403, TCSETSF = 0x5404, TIOCSCTTY = 0x540e,
            TIOCGPGRP = 0x540f, TIOCSPGRP = 0x5410, TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414, TIOCGSID = 0x5429,
            TCFLSH = 0x540b, TCXONC = 0x540a;

    private Terminal() {
    }

    /** The request's result, or -ENOTTY for requests that are not about terminals. */
    static long ioctl(GuestProcess process, long request, long arg) {
        AddressSpace space = process.space();
        HostTerminal host = process.kernel.hostTerminal;
        if (request == TCGETS && host != null) {
            return space.write(arg, host.termios()) ? 0 : -EFAULT;
        }
        if ((request == TCSETS || request == TCSETSW || request == TCSETSF) && host != null) {
            byte[] termios = new byte[HostTerminal.TERMIOS_SIZE];
            if (!space.read(arg, termios, 0, termios.length)) {
                return -EFAULT;
            }
            // TCSETSW and TCSETSF apply after the output written so far has gone out.
            process.files.flushStandardStreams();
            host.setTermios(termios);
            return 0;
        }
        if (request == TCGETS) {
            byte[] termios = new byte[36];
            AddressSpace.putInt(termios, 0, 0x100 | 0x400); // c_iflag: ICRNL | IXON
            AddressSpace.putInt(termios, 4, 0x1 | 0x4); // c_oflag: OPOST | ONLCR
            AddressSpace.putInt(termios, 8, 0xf | 0x30 | 0x80); // c_cflag: B38400 | CS8 | CREAD
            AddressSpace.putInt(termios, 12, 0x1 | 0x2 | 0x8000); // c_lflag: ISIG | ICANON | IEXTEN (no ECHO: the host echoes)
            byte[] cc = {3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0x0f, 0x17, 0x16, 0};
            System.arraycopy(cc, 0, termios, 17, cc.length); // c_line at 16, c_cc from 17
            return space.write(arg, termios) ? 0 : -EFAULT;
        }
        if (request == TCSETS || request == TCSETSW || request == TCSETSF || request == TCFLSH || request == TCXONC
                || request == TIOCSCTTY || request == TIOCSWINSZ) {
            return 0;
        }
        if (request == TIOCGWINSZ) {
            byte[] size = new byte[8];
            // A controllable host terminal answers as it is, even 0x0 (a pseudo-terminal nobody sized).
            int[] hostSize = host != null ? host.size() : null;
            int rows = hostSize != null ? hostSize[0] : dimension("LINES", 24);
            int columns = hostSize != null ? hostSize[1] : dimension("COLUMNS", 80);
            size[0] = (byte) rows;
            size[1] = (byte) (rows >> 8);
            size[2] = (byte) columns;
            size[3] = (byte) (columns >> 8);
            return space.write(arg, size) ? 0 : -EFAULT;
        }
        if (request == TIOCGPGRP || request == TIOCGSID) {
            byte[] b = new byte[4];
            AddressSpace.putInt(b, 0, request == TIOCGSID ? process.sid : process.kernel.foregroundGroup);
            return space.write(arg, b) ? 0 : -EFAULT;
        }
        if (request == TIOCSPGRP) {
            byte[] b = new byte[4];
            if (!space.read(arg, b, 0, 4)) {
                return -EFAULT;
            }
            int group = Signals.getInt(b, 0);
            if (group <= 0) {
                return -EINVAL;
            }
            process.kernel.foregroundGroup = group;
            return 0;
        }
        return -ENOTTY;
    }

    private static int dimension(String variable, int fallback) {
        try {
            int value = Integer.parseInt(System.getenv().getOrDefault(variable, ""));
            return value > 0 && value < 10000 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
