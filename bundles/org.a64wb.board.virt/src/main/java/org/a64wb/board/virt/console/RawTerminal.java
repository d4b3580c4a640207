package org.a64wb.board.virt.console;

import java.io.IOException;
import java.util.EnumSet;

import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The host terminal in QEMU -nographic's raw mode for the length of a run (QEMU's qemu_chr_set_echo_stdio
 * with signals off): no echo, no line editing, no signals (Ctrl-C reaches the guest), no CR-to-NL; output
 * processing stays as it was. The original settings come back on {@link #close} and, should the JVM be
 * ended first (SIGTERM, SIGINT from elsewhere), from a shutdown hook. Uses JLine's exec provider (stty),
 * as run-user's terminal does, so no native code is needed.
 */
public final class RawTerminal implements AutoCloseable {

    private final Terminal terminal;
    private final Attributes original;
    private final Thread restoreAtExit;

    private RawTerminal(Terminal terminal) {
        this.terminal = terminal;
        this.original = terminal.getAttributes();
        Attributes raw = new Attributes(original);
        raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.ECHONL, LocalFlag.IEXTEN, LocalFlag.ISIG), false);
        raw.setInputFlags(EnumSet.of(InputFlag.IGNBRK, InputFlag.BRKINT, InputFlag.PARMRK, InputFlag.ISTRIP, InputFlag.INLCR,
                InputFlag.IGNCR, InputFlag.ICRNL, InputFlag.IXON), false);
        // One byte at a time and no read timeout: with VMIN = 0 a read could return nothing, which Java takes for the end.
        raw.setControlChar(ControlChar.VMIN, 1);
        raw.setControlChar(ControlChar.VTIME, 0);
        this.restoreAtExit = new Thread(this::restore, "a64-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restoreAtExit);
        terminal.setAttributes(raw);
    }

    /** Raw mode on the process's terminal, or null when the standard streams are not one or it cannot be controlled. */
    public static RawTerminal open() {
        if (System.console() == null) {
            return null;
        }
        // JLine finds its providers through the context class loader, which under OSGi must be JLine's own.
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(Terminal.class.getClassLoader());
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).exec(true).jni(false).jna(false).jansi(false).ffm(false).dumb(false)
                    .nativeSignals(false).build();
            return new RawTerminal(terminal);
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    private void restore() {
        try {
            terminal.setAttributes(original);
        } catch (RuntimeException e) {
            // the terminal is gone (hang-up): nothing is left to restore
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreAtExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook restores the settings anyway
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // closing only releases JLine's resources; the settings were restored above
        }
    }
}
