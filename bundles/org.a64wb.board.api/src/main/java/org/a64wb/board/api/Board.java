package org.a64wb.board.api;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A machine the runtime can boot (extension point "boards"). Register it as an OSGi service (a DS component)
 * with the {@link #NAME} property equal to {@link #name()}; {@code a64 run --board NAME} (Gogo {@code a64:run})
 * looks it up by that name and hands it the rest of the command line. The board composes itself from what it
 * finds (its {@link DeviceContribution}s, the accelerator, the trap handlers) and keeps each run's state to
 * that run, so one board service serves any number of runs, one after another or at once.
 */
@ConsumerType
public interface Board {

    /** Service property: the name {@code --board} selects the board by. */
    String NAME = "a64.board.name";

    /** The name {@code --board} selects, e.g. "virt". */
    String name();

    /** One line saying what machine this is, for listings. */
    String description();

    /** The board's own options, as a usage line after {@code run --board NAME} ("--kernel FILE [--smp N] ..."). */
    String options();

    /**
     * Boots a machine from {@code args} (the command line without {@code --board NAME}) and runs it to its end.
     * Returns the process exit status: 0 when the guest powers off, 2 for a usage error (after printing the
     * problem and the usage to {@code err}), anything else as the board documents it.
     */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
