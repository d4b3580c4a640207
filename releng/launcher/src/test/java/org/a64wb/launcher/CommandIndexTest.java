package org.a64wb.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher starts the index's set only when the index can vouch for it; otherwise every bundle. */
class CommandIndexTest {

    @TempDir
    Path home;

    private List<Path> bundles(String... names) {
        return java.util.Arrays.stream(names).map(name -> home.resolve("bundles").resolve(name)).toList();
    }

    private CommandIndex index() throws Exception {
        Files.writeString(home.resolve(CommandIndex.FILE), "# comment\n* a.jar b.jar c.jar\na64:decode a.jar c.jar\na64:run a.jar b.jar c.jar\n");
        return CommandIndex.load(home).orElseThrow();
    }

    @Test
    void aKnownCommandGetsItsSetInTheDirectorysOrder() throws Exception {
        assertEquals(Optional.of(bundles("a.jar", "c.jar")), index().bundlesFor("a64:decode", bundles("a.jar", "b.jar", "c.jar")));
    }

    @Test
    void anUnknownCommandGetsNoSet() throws Exception {
        assertEquals(Optional.empty(), index().bundlesFor("a64:frobnicate", bundles("a.jar", "b.jar", "c.jar")));
    }

    @Test
    void bundlesTheIndexWasNotMadeFromOrMissingOnesMeanNoSet() throws Exception {
        assertEquals(Optional.empty(), index().bundlesFor("a64:decode", bundles("a.jar", "b.jar", "c.jar", "d.jar")));
        assertEquals(Optional.empty(), index().bundlesFor("a64:decode", bundles("a.jar", "c.jar")));
    }

    @Test
    void noIndexOrAllBundlesAskedForMeansNoIndex() throws Exception {
        assertTrue(CommandIndex.load(home).isEmpty());
        index();
        System.setProperty(CommandIndex.BUNDLES_PROPERTY, "all");
        try {
            assertTrue(CommandIndex.load(home).isEmpty());
        } finally {
            System.clearProperty(CommandIndex.BUNDLES_PROPERTY);
        }
    }

    @Test
    void anIndexWithoutItsListOfJarsIsNotUsed() throws Exception {
        Files.writeString(home.resolve(CommandIndex.FILE), "a64:decode a.jar\n");
        assertTrue(CommandIndex.load(home).isEmpty());
    }
}
