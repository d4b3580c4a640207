package org.a64wb.board.command;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.a64wb.board.api.Board;
import org.a64wb.shell.arguments.CommandArguments;
import org.a64wb.shell.arguments.ExitStatus;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Gogo command {@code a64:run [--board NAME] ...}: runs the {@link Board} service of that name (see
 * {@link BoardSelection}); the exit status goes to the session's {@link ExitStatus} variable (a returned number
 * would be printed by the shell as a stray line). Boards come and go with their bundles.
 */
@Component(service = Function.class, property = {"osgi.command.scope=a64", "osgi.command.function=run",
    "a64.summary.run=boot a kernel on a board (--board NAME, default virt); exits 0 on SYSTEM_OFF",
    "a64.usage.run=" + BoardSelection.USAGE})
public final class RunCommand implements Function {

    /**
     * How long a run waits for the board it names: at start-up a board's component may become satisfied (its
     * accelerator, its trap handlers) a little after this command is registered. Once some board is there, a name
     * still missing is most likely a typo, so the wait is shorter.
     */
    private static final long FIRST_BOARD_WAIT_MS = 5_000;
    private static final long NAMED_BOARD_WAIT_MS = 1_000;

    private final List<Board> boards = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBoard(Board board) {
        synchronized (boards) {
            boards.add(board);
            boards.notifyAll();
        }
    }

    void removeBoard(Board board) {
        boards.remove(board);
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        List<String> args = CommandArguments.flatten(arguments);
        awaitBoard(BoardSelection.requestedName(args));
        int status = BoardSelection.run(args, BoardSelection.byName(List.copyOf(boards)), session.getKeyboard(), session.getConsole(), System.err);
        ExitStatus.set(session, status);
        return null;
    }

    /** Waits a little for a board named {@code name} (null: none named) to arrive; an unknown name is reported afterwards. */
    private void awaitBoard(String name) {
        if (name == null) {
            return;
        }
        long start = System.nanoTime();
        synchronized (boards) {
            while (!BoardSelection.byName(List.copyOf(boards)).containsKey(name)) {
                long wait = boards.isEmpty() ? FIRST_BOARD_WAIT_MS : NAMED_BOARD_WAIT_MS;
                long left = wait - (System.nanoTime() - start) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                try {
                    boards.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
