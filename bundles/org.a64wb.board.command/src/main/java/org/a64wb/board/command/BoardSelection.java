package org.a64wb.board.command;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.a64wb.board.api.Board;

/**
 * {@code run [--board NAME] OPTIONS...}: picks the {@link Board} that {@code --board} names ({@value #DEFAULT_BOARD}
 * when none is named) and hands it the rest of the command line. An unknown name is a usage error (status 2)
 * that lists the boards there are. {@code --board NAME} may stand anywhere on the line, as QEMU's -M does.
 */
public final class BoardSelection {

    /** The board a run without --board gets, as QEMU's aarch64 users expect of -M virt. */
    public static final String DEFAULT_BOARD = "virt";

    public static final String USAGE = "usage: run [--board NAME] BOARD-OPTIONS... (run --board NAME --help: that board's options)";

    private BoardSelection() {
    }

    /** The boards by name; {@code boards} may hold several services of one name, of which the first counts. */
    public static SortedMap<String, Board> byName(List<Board> boards) {
        SortedMap<String, Board> named = new TreeMap<>();
        for (Board board : boards) {
            named.putIfAbsent(board.name(), board);
        }
        return named;
    }

    /** The board a command line asks for: the value of its first --board, else {@value #DEFAULT_BOARD}; null when --board has no value. */
    public static String requestedName(List<String> args) {
        int at = args.indexOf("--board");
        if (at < 0) {
            return DEFAULT_BOARD;
        }
        return at + 1 < args.size() ? args.get(at + 1) : null;
    }

    public static int run(List<String> args, Map<String, Board> boards, InputStream in, PrintStream out, PrintStream err) {
        String name = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.equals("--board")) {
                rest.add(a);
                continue;
            }
            if (i + 1 >= args.size()) {
                return usage(err, "--board needs a value", boards);
            }
            if (name != null) {
                return usage(err, "--board given twice ('" + name + "', '" + args.get(i + 1) + "')", boards);
            }
            name = args.get(++i);
        }
        Board board = boards.get(name == null ? DEFAULT_BOARD : name);
        if (board == null) {
            String problem = name == null ? "no --board given and the default board '" + DEFAULT_BOARD + "' is not installed"
                    : "unknown board '" + name + "'";
            return usage(err, problem, boards);
        }
        if (rest.size() == 1 && (rest.get(0).equals("--help") || rest.get(0).equals("-h"))) {
            out.println("usage: run --board " + board.name() + " " + board.options());
            out.println(board.description());
            return 0;
        }
        return board.run(rest, in, out, err);
    }

    /** The boards there are, one per line: name, then what it is. */
    static String listing(Map<String, Board> boards) {
        if (boards.isEmpty()) {
            return "no boards are installed";
        }
        StringBuilder text = new StringBuilder("boards:");
        for (Board board : boards.values()) {
            text.append("\n  ").append(board.name()).append(" - ").append(board.description());
        }
        return text.toString();
    }

    private static int usage(PrintStream err, String problem, Map<String, Board> boards) {
        err.println("a64: " + problem + " (" + (boards.isEmpty() ? "no boards are installed" : "available: " + String.join(", ", boards.keySet())) + ")");
        err.println(USAGE);
        err.println(listing(boards));
        return 2;
    }
}
