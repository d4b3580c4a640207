package org.a64wb.usermode;

import java.io.IOException;
import java.util.EnumSet;
import java.util.function.IntConsumer;

import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.ControlFlag;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The host terminal behind the guest's standard streams, through JLine: the guest's TCGETS/TCSETS are
 * the host's tcgetattr/tcsetattr (so a shell's line editor really gets raw mode, as under qemu-user),
 * TIOCGWINSZ is the host window size, and the signals the terminal generates for the runner (Ctrl-C,
 * Ctrl-\, Ctrl-Z, window changes) go to the guest's foreground process group instead of ending the
 * JVM. The host settings are restored when the run ends, however it ends.
 */
final class HostTerminal implements AutoCloseable {

    /** Linux's struct termios (asm-generic/termbits.h): four flag words, c_line, then 19 c_cc bytes. */
    static final int TERMIOS_SIZE = 36;
    private static final int CC_OFFSET = 17;

    /** Linux bit (octal, as the kernel headers write them) and the JLine flag with the same meaning. */
    private record Bit<F>(int value, F flag) {
    }

    private static final Bit<?>[] INPUT = {new Bit<>(01, InputFlag.IGNBRK), new Bit<>(02, InputFlag.BRKINT),
        new Bit<>(04, InputFlag.IGNPAR), new Bit<>(010, InputFlag.PARMRK), new Bit<>(020, InputFlag.INPCK),
        new Bit<>(040, InputFlag.ISTRIP), new Bit<>(0100, InputFlag.INLCR), new Bit<>(0200, InputFlag.IGNCR),
        new Bit<>(0400, InputFlag.ICRNL), new Bit<>(02000, InputFlag.IXON), new Bit<>(04000, InputFlag.IXANY),
        new Bit<>(010000, InputFlag.IXOFF), new Bit<>(020000, InputFlag.IMAXBEL), new Bit<>(040000, InputFlag.IUTF8)};
    private static final Bit<?>[] OUTPUT = {new Bit<>(01, OutputFlag.OPOST), new Bit<>(04, OutputFlag.ONLCR),
        new Bit<>(010, OutputFlag.OCRNL), new Bit<>(020, OutputFlag.ONOCR), new Bit<>(040, OutputFlag.ONLRET),
        new Bit<>(0100, OutputFlag.OFILL), new Bit<>(0200, OutputFlag.OFDEL)};
    private static final Bit<?>[] CONTROL = {new Bit<>(0100, ControlFlag.CSTOPB), new Bit<>(0200, ControlFlag.CREAD),
        new Bit<>(0400, ControlFlag.PARENB), new Bit<>(01000, ControlFlag.PARODD), new Bit<>(02000, ControlFlag.HUPCL),
        new Bit<>(04000, ControlFlag.CLOCAL)};
    private static final Bit<?>[] LOCAL = {new Bit<>(01, LocalFlag.ISIG), new Bit<>(02, LocalFlag.ICANON),
        new Bit<>(010, LocalFlag.ECHO), new Bit<>(020, LocalFlag.ECHOE), new Bit<>(040, LocalFlag.ECHOK),
        new Bit<>(0100, LocalFlag.ECHONL), new Bit<>(0200, LocalFlag.NOFLSH), new Bit<>(0400, LocalFlag.TOSTOP),
        new Bit<>(01000, LocalFlag.ECHOCTL), new Bit<>(02000, LocalFlag.ECHOPRT), new Bit<>(04000, LocalFlag.ECHOKE),
        new Bit<>(010000, LocalFlag.FLUSHO), new Bit<>(040000, LocalFlag.PENDIN), new Bit<>(0100000, LocalFlag.IEXTEN),
        new Bit<>(0200000, LocalFlag.EXTPROC)};
    /** c_cc index to JLine's control character; VSWTC (7) has no counterpart and reads as 0. */
    private static final ControlChar[] CC = {ControlChar.VINTR, ControlChar.VQUIT, ControlChar.VERASE, ControlChar.VKILL,
        ControlChar.VEOF, ControlChar.VTIME, ControlChar.VMIN, null, ControlChar.VSTART, ControlChar.VSTOP,
        ControlChar.VSUSP, ControlChar.VEOL, ControlChar.VREPRINT, ControlChar.VDISCARD, ControlChar.VWERASE,
        ControlChar.VLNEXT, ControlChar.VEOL2};
    /** CSIZE and its values CS5..CS8. */
    private static final int CSIZE = 060;
    private static final ControlFlag[] CHARACTER_SIZES = {ControlFlag.CS5, ControlFlag.CS6, ControlFlag.CS7, ControlFlag.CS8};
    /** c_cflag's baud rate bits: the guest sees 38400 baud, whatever it set (a pseudo-terminal has no line speed). */
    private static final int B38400 = 017;

    private final Terminal terminal;
    private final Attributes original;
    private final Thread restoreAtExit;

    private HostTerminal(Terminal terminal) {
        this.terminal = terminal;
        this.original = terminal.getAttributes();
        this.restoreAtExit = new Thread(this::restore, "a64-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restoreAtExit);
    }

    /**
     * The runner's terminal, or null when the standard streams are not one (or the host offers no way to
     * control it, in which case the guest sees a terminal whose settings do not change).
     */
    static HostTerminal open() {
        // JLine finds its providers through the context class loader, which under OSGi must be JLine's own.
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(Terminal.class.getClassLoader());
        try {
            // The exec provider (stty) works on every POSIX host and JDK without native code in the bundle.
            Terminal terminal = TerminalBuilder.builder().system(true).exec(true).jni(false).jna(false).jansi(false)
                    .ffm(false).dumb(false).nativeSignals(true).build();
            return new HostTerminal(terminal);
        } catch (IOException | RuntimeException | LinkageError e) {
            if (Boolean.getBoolean("a64.terminal.debug")) {
                e.printStackTrace();
            }
            return null;
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /**
     * Routes the signals the terminal generates to {@code deliver} (a Linux signal number) instead of
     * the runner: SIGINT, SIGQUIT, SIGTSTP and SIGWINCH.
     */
    void forwardSignals(IntConsumer deliver) {
        terminal.handle(Terminal.Signal.INT, s -> deliver.accept(Signals.SIGINT));
        terminal.handle(Terminal.Signal.QUIT, s -> deliver.accept(Signals.SIGQUIT));
        terminal.handle(Terminal.Signal.TSTP, s -> deliver.accept(Signals.SIGTSTP));
        terminal.handle(Terminal.Signal.WINCH, s -> deliver.accept(Signals.SIGWINCH));
    }

    /** TCGETS: the host's settings as Linux's struct termios. */
    byte[] termios() {
        return encode(terminal.getAttributes());
    }

    /** TCSETS/TCSETSW/TCSETSF: applies a struct termios to the host terminal. */
    void setTermios(byte[] termios) {
        terminal.setAttributes(decode(termios));
    }

    /** The window size (rows, columns); 0 for a dimension the host does not report. */
    int[] size() {
        Size size = terminal.getSize();
        return new int[] {size.getRows(), size.getColumns()};
    }

    void restore() {
        try {
            terminal.setAttributes(original);
        } catch (RuntimeException e) {
            // The terminal may already be gone (hang-up); nothing is left to restore then.
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreAtExit);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs anyway.
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // Closing only releases JLine's resources; the settings were restored above.
        }
    }

    static byte[] encode(Attributes attributes) {
        byte[] termios = new byte[TERMIOS_SIZE];
        AddressSpace.putInt(termios, 0, bits(INPUT, attributes.getInputFlags()));
        AddressSpace.putInt(termios, 4, bits(OUTPUT, attributes.getOutputFlags()));
        int control = bits(CONTROL, attributes.getControlFlags()) | B38400;
        for (int size = 0; size < CHARACTER_SIZES.length; size++) {
            if (attributes.getControlFlag(CHARACTER_SIZES[size])) {
                control = control & ~CSIZE | size << 4;
            }
        }
        AddressSpace.putInt(termios, 8, control);
        AddressSpace.putInt(termios, 12, bits(LOCAL, attributes.getLocalFlags()));
        for (int i = 0; i < CC.length; i++) {
            if (CC[i] != null) {
                int value = attributes.getControlChar(CC[i]);
                termios[CC_OFFSET + i] = (byte) (value < 0 ? 0 : value);
            }
        }
        return termios;
    }

    static Attributes decode(byte[] termios) {
        Attributes attributes = new Attributes();
        attributes.setInputFlags(flags(INPUT, Signals.getInt(termios, 0), InputFlag.class));
        attributes.setOutputFlags(flags(OUTPUT, Signals.getInt(termios, 4), OutputFlag.class));
        int control = Signals.getInt(termios, 8);
        EnumSet<ControlFlag> controlFlags = flags(CONTROL, control, ControlFlag.class);
        controlFlags.add(CHARACTER_SIZES[(control & CSIZE) >> 4]);
        attributes.setControlFlags(controlFlags);
        attributes.setLocalFlags(flags(LOCAL, Signals.getInt(termios, 12), LocalFlag.class));
        for (int i = 0; i < CC.length; i++) {
            if (CC[i] != null) {
                attributes.setControlChar(CC[i], termios[CC_OFFSET + i] & 0xff);
            }
        }
        return attributes;
    }

    private static <F extends Enum<F>> int bits(Bit<?>[] table, EnumSet<F> set) {
        int value = 0;
        for (Bit<?> bit : table) {
            if (set.contains(bit.flag())) {
                value |= bit.value();
            }
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static <F extends Enum<F>> EnumSet<F> flags(Bit<?>[] table, int value, Class<F> type) {
        EnumSet<F> set = EnumSet.noneOf(type);
        for (Bit<?> bit : table) {
            if ((value & bit.value()) != 0) {
                set.add((F) bit.flag());
            }
        }
        return set;
    }
}
