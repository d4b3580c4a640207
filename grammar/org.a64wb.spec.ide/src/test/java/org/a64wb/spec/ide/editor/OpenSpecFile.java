package org.a64wb.spec.ide.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An editor session over a temporary workspace holding {@code a64.a64} and one committed spec file of
 * {@code isa-spec/}, opened with its text: what the editor tests start from.
 */
record OpenSpecFile(Path file, String text, SpecEditorSession session) implements AutoCloseable {

    private static final Path ISA_SPEC = Path.of("../../isa-spec");

    static OpenSpecFile open(String name) throws IOException {
        Path workspace = Files.createTempDirectory("a64-editor");
        Files.copy(ISA_SPEC.resolve("a64.a64"), workspace.resolve("a64.a64"));
        Path file = workspace.resolve(name);
        Files.copy(ISA_SPEC.resolve(name), file);
        String text = Files.readString(file);
        SpecEditorSession session = SpecEditorSession.start(workspace);
        session.update(file, text);
        return new OpenSpecFile(file, text, session);
    }

    /** The first line (from 0) that starts with {@code needle}. */
    int lineOf(String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " is not in " + file.getFileName());
    }

    @Override
    public void close() {
        session.close();
    }
}
