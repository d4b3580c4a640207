package org.a64wb.board.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a64wb.board.api.Board;
import org.junit.jupiter.api.Test;

/** {@code run [--board NAME] ...}: which board gets the command line, and what it gets. */
class BoardSelectionTest {

    /** A TEST-ONLY board that records the command lines it is given and returns a status of its own. */
    private static final class RecordingBoard implements Board {
        final String name;
        final int status;
        final List<List<String>> runs = new ArrayList<>();

        RecordingBoard(String name, int status) {
            this.name = name;
            this.status = status;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "the " + name + " test board";
        }

        @Override
        public String options() {
            return "--kernel FILE";
        }

        @Override
        public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
            runs.add(args);
            return status;
        }
    }

    private final RecordingBoard virt = new RecordingBoard("virt", 0);
    private final RecordingBoard sbsa = new RecordingBoard("sbsa-ref", 7);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, Board> boards, String... args) {
        return BoardSelection.run(List.of(args), boards, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
                new PrintStream(err, true));
    }

    private int run(String... args) {
        return run(BoardSelection.byName(List.of(sbsa, virt)), args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutBoardTheVirtBoardRunsTheWholeLine() {
        assertEquals(0, run("--kernel", "Image", "--smp", "2"));
        assertEquals(List.of(List.of("--kernel", "Image", "--smp", "2")), virt.runs);
        assertEquals(List.of(), sbsa.runs);
    }

    @Test
    void boardNamesTheServiceAndLeavesTheLineWithoutItsStatusComingBack() {
        assertEquals(7, run("--kernel", "Image", "--board", "sbsa-ref", "--ram", "64"));
        assertEquals(List.of(List.of("--kernel", "Image", "--ram", "64")), sbsa.runs);
        assertEquals(List.of(), virt.runs);
    }

    @Test
    void anUnknownBoardIsAUsageErrorListingTheBoards() {
        assertEquals(2, run("--board", "raspi3b", "--kernel", "Image"));
        String[] lines = errors().split("\n");
        assertEquals("a64: unknown board 'raspi3b' (available: sbsa-ref, virt)", lines[0]);
        assertEquals(BoardSelection.USAGE, lines[1]);
        assertEquals("boards:", lines[2]);
        assertEquals("  sbsa-ref - the sbsa-ref test board", lines[3]);
        assertEquals("  virt - the virt test board", lines[4]);
        assertEquals(List.of(), virt.runs);
        assertEquals(List.of(), sbsa.runs);
    }

    @Test
    void boardWithoutItsValueOrTwiceIsAUsageError() {
        assertEquals(2, run("--kernel", "Image", "--board"));
        assertTrue(errors().startsWith("a64: --board needs a value"), errors());
        err.reset();
        assertEquals(2, run("--board", "virt", "--board", "sbsa-ref"));
        assertTrue(errors().startsWith("a64: --board given twice ('virt', 'sbsa-ref')"), errors());
        assertEquals(List.of(), virt.runs);
    }

    @Test
    void withoutTheDefaultBoardInstalledTheErrorSaysSo() {
        assertEquals(2, run(BoardSelection.byName(List.of(sbsa)), "--kernel", "Image"));
        assertTrue(errors().startsWith("a64: no --board given and the default board 'virt' is not installed (available: sbsa-ref)"), errors());
        err.reset();
        assertEquals(2, run(Map.of(), "--board", "virt"));
        assertTrue(errors().startsWith("a64: unknown board 'virt' (no boards are installed)"), errors());
    }

    @Test
    void helpAfterABoardShowsThatBoardsOptions() {
        assertEquals(0, run("--board", "sbsa-ref", "--help"));
        assertEquals("usage: run --board sbsa-ref --kernel FILE\nthe sbsa-ref test board\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), sbsa.runs);
    }

    @Test
    void theRequestedNameIsTheFirstBoardsValueOrTheDefault() {
        assertEquals("virt", BoardSelection.requestedName(List.of("--kernel", "Image")));
        assertEquals("sbsa-ref", BoardSelection.requestedName(List.of("--kernel", "Image", "--board", "sbsa-ref")));
        assertEquals(null, BoardSelection.requestedName(List.of("--board")));
    }

    @Test
    void theFirstServiceOfANameCounts() {
        RecordingBoard second = new RecordingBoard("virt", 3);
        assertEquals(0, run(BoardSelection.byName(List.of(virt, second)), "--kernel", "Image"));
        assertEquals(1, virt.runs.size());
        assertEquals(List.of(), second.runs);
    }
}
