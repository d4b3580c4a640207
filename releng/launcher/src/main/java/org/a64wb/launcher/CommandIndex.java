package org.a64wb.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The distribution's index of which bundles each command needs (made at build time by
 * {@code org.a64wb.launcher.index.CommandIndexer}, file {@value #FILE}). The launcher starts only those for a command,
 * and all bundles whenever the index cannot vouch for the set: no index, a command it does not know, or bundles/
 * holding jars it was not made from.
 */
final class CommandIndex {

    static final String FILE = "bundles.index";

    /** System property: {@code all} starts every bundle for every command, whatever the index says. */
    static final String BUNDLES_PROPERTY = "a64.bundles";

    private final Set<String> madeFrom;
    private final Map<String, List<String>> commands;

    private CommandIndex(Set<String> madeFrom, Map<String, List<String>> commands) {
        this.madeFrom = madeFrom;
        this.commands = commands;
    }

    static Optional<CommandIndex> load(Path home) {
        Path file = home.resolve(FILE);
        if ("all".equals(System.getProperty(BUNDLES_PROPERTY)) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Set<String> madeFrom = null;
        Map<String, List<String>> commands = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> words = Arrays.asList(line.trim().split(" +"));
                if (words.get(0).equals("*")) {
                    madeFrom = new HashSet<>(words.subList(1, words.size()));
                } else {
                    commands.put(words.get(0), words.subList(1, words.size()));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return madeFrom == null ? Optional.empty() : Optional.of(new CommandIndex(madeFrom, commands));
    }

    /**
     * The jars among {@code available} (bundles/'s) that {@code function} needs, or empty when the index does not
     * know the command or was made from other jars than {@code available}.
     */
    Optional<List<Path>> bundlesFor(String function, List<Path> available) {
        List<String> needed = commands.get(function);
        Set<String> names = new HashSet<>();
        for (Path jar : available) {
            names.add(jar.getFileName().toString());
        }
        if (needed == null || !names.equals(madeFrom)) {
            return Optional.empty();
        }
        List<Path> bundles = new ArrayList<>();
        for (Path jar : available) {
            if (needed.contains(jar.getFileName().toString())) {
                bundles.add(jar);
            }
        }
        return Optional.of(bundles);
    }
}
