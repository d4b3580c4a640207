package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** {@code ./a64 lsp} as an editor starts it: a process whose stdin/stdout carry LSP and nothing else. */
class LanguageServerTest {

    private static final Path A64 = Path.of("../../a64");

    @Test
    void initializeValidateShutdownExitEndsWithStatusZero() throws Exception {
        Path workspace = Files.createTempDirectory("a64-lsp-e2e");
        Files.writeString(workspace.resolve("nop.a64"), """
                instruction-set T package test.t
                insn NOP : 1101 0101 0000 0011 0010 0000 0001 1111
                    asm "nop"
                    class system
                """);
        Files.writeString(workspace.resolve("broken.a64"), """
                instruction-set B package test.b
                format short : a:5 b:5
                """);
        Path stderr = Files.createTempFile("a64-lsp", ".err");
        Process process = new ProcessBuilder(A64.toString(), "lsp").redirectError(stderr.toFile()).start();
        List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
        try {
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(published), process.getInputStream(),
                    process.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            params.setRootUri(workspace.toUri().toString());
            InitializeResult result = server.initialize(params).get(60, TimeUnit.SECONDS);
            assertNotNull(result.getCapabilities().getHoverProvider(), result.toString());
            server.initialized(new InitializedParams());
            // The validator's message (EMF's messages come from plugin.properties inside the shaded jar).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (published.stream().noneMatch(p -> p.getUri().endsWith("/broken.a64")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            List<String> messages = published.stream().filter(p -> p.getUri().endsWith("/broken.a64"))
                    .flatMap(p -> p.getDiagnostics().stream()).map(d -> d.getMessage().getLeft()).toList();
            assertEquals(List.of("the pattern of format 'short' has 10 bits; an A64 encoding has 32"), messages, published.toString());
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "a64 lsp ends after exit");
            assertEquals(0, process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertTrue(!err.contains("Exception") && !err.contains("ERROR"), "stderr: " + err);
    }

    @Test
    void lspHelpPrintsItsUsageWithoutStartingTheServer() throws Exception {
        Process process = new ProcessBuilder(A64.toString(), "lsp", "--help").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.startsWith("usage: a64 lsp\n"), out);
    }

    /** Keeps what the server publishes; answers nothing. */
    private record Client(List<PublishDiagnosticsParams> published) implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
