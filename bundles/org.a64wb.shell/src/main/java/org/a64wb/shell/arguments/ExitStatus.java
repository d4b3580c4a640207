package org.a64wb.shell.arguments;

import org.apache.felix.service.command.CommandSession;

/**
 * A command's exit status, kept in the session variable {@value #VARIABLE} (a shell's {@code $?}) rather
 * than returned: Gogo prints whatever a command returns, so a returned status would appear as a stray
 * number in the interactive shell. The CLI reads the variable and exits with it.
 */
public final class ExitStatus {

    /** The session variable; the launcher reads it by this name. */
    public static final String VARIABLE = "a64.status";

    private ExitStatus() {
    }

    public static void set(CommandSession session, int status) {
        session.put(VARIABLE, status);
    }
}
