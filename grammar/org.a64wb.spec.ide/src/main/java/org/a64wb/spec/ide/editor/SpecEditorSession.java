package org.a64wb.spec.ide.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.a64wb.spec.ide.server.SpecLanguageServer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * One editor's connection to the spec language server, in process: the server's own diagnostics, semantic tokens,
 * completion, hover (the encoding diagram) and document symbols for the documents it opens, which it resolves
 * against every *.a64 file under the workspace root (so that references to other spec files resolve).
 * Lines and columns are 0-based, as in LSP.
 */
public final class SpecEditorSession implements AutoCloseable {

    private static final String LANGUAGE_ID = "a64spec";
    private static final long TIMEOUT_S = 60;

    /** A validator message on a range of the document. */
    public record Problem(int line, int column, int endLine, int endColumn, Severity severity, String message) {
    }

    public enum Severity { ERROR, WARNING, INFO }

    /** A highlighted range on one line, with its semantic token type (keyword, class, property, ...). */
    public record Token(int line, int column, int length, String type) {
    }

    /** A completion proposal: what the list shows and what replaces the prefix being typed. */
    public record Proposal(String label, String insertText, String detail) {
    }

    /** A declaration of the outline, with the position of its name. */
    public record Symbol(String name, String kind, int line, int column, List<Symbol> children) {
    }

    private final LanguageServerImpl server;
    private volatile List<String> tokenTypes = List.of();
    private final Map<String, BlockingQueue<List<Problem>>> published = new ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();

    private SpecEditorSession(LanguageServerImpl server) {
        this.server = server;
    }

    /** Starts a server on the spec files under {@code workspaceRoot}. */
    public static SpecEditorSession start(Path workspaceRoot) {
        LanguageServerImpl server = SpecLanguageServer.create();
        SpecEditorSession session = new SpecEditorSession(server);
        // Connected before initialize: the server publishes the workspace's diagnostics while it builds.
        server.connect(new Client(session::publish));
        InitializeParams params = new InitializeParams();
        String root = workspaceRoot.toAbsolutePath().toUri().toString();
        params.setRootUri(root);
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "specs")));
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        params.setCapabilities(new ClientCapabilities(null, text, null));
        InitializeResult result = await(server.initialize(params));
        if (result.getCapabilities().getSemanticTokensProvider() != null) {
            session.tokenTypes = List.copyOf(result.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes());
        }
        server.initialized(new InitializedParams());
        return session;
    }

    /** Opens {@code file} with {@code text} (the editor's, not the disk's), or replaces its text if it is open. */
    public void update(Path file, String text) {
        String uri = uri(file);
        queue(uri).clear();
        Integer version = versions.get(uri);
        if (version == null) {
            versions.put(uri, 1);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, LANGUAGE_ID, 1, text)));
        } else {
            versions.put(uri, version + 1);
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version + 1),
                    List.of(new TextDocumentContentChangeEvent(text))));
        }
    }

    /** The problems the server publishes for {@code file} after its last update; waits for them. */
    public List<Problem> problems(Path file) {
        try {
            List<Problem> problems = queue(uri(file)).poll(TIMEOUT_S, TimeUnit.SECONDS);
            if (problems == null) {
                throw new IllegalStateException("the spec language server published no diagnostics for " + file + " within " + TIMEOUT_S + " s");
            }
            return problems;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The document's semantic tokens, absolute positions, in document order. */
    public List<Token> tokens(Path file) {
        var tokens = await(server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri(file)))));
        List<Token> result = new ArrayList<>();
        if (tokens == null) {
            return result;
        }
        List<Integer> data = tokens.getData();
        int line = 0;
        int column = 0;
        for (int i = 0; i + 4 < data.size(); i += 5) {
            int deltaLine = data.get(i);
            line += deltaLine;
            column = deltaLine == 0 ? column + data.get(i + 1) : data.get(i + 1);
            int type = data.get(i + 3);
            result.add(new Token(line, column, data.get(i + 2), type < tokenTypes.size() ? tokenTypes.get(type) : "unknown"));
        }
        return result;
    }

    /** The proposals at a position. */
    public List<Proposal> complete(Path file, int line, int column) {
        var completion = await(server.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(uri(file)), new Position(line, column))));
        List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
        List<Proposal> proposals = new ArrayList<>();
        for (CompletionItem item : items) {
            String insert = item.getTextEdit() != null && item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText()
                    : item.getInsertText() != null ? item.getInsertText() : item.getLabel();
            proposals.add(new Proposal(item.getLabel(), insert, item.getDetail()));
        }
        return proposals;
    }

    /** The hover text at a position (for an instruction or format: its encoding diagram), or null. */
    public String hover(Path file, int line, int column) {
        var hover = await(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(file)), new Position(line, column))));
        if (hover == null || hover.getContents() == null) {
            return null;
        }
        if (hover.getContents().isRight()) {
            String value = hover.getContents().getRight().getValue();
            return value == null || value.isBlank() ? null : value;
        }
        StringBuilder text = new StringBuilder();
        for (var part : hover.getContents().getLeft()) {
            text.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
        }
        return text.length() == 0 ? null : text.toString();
    }

    /** The document's declarations as a tree. */
    public List<Symbol> outline(Path file) {
        var symbols = await(server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(file)))));
        List<Symbol> result = new ArrayList<>();
        for (var symbol : symbols) {
            if (symbol.isRight()) {
                result.add(symbol(symbol.getRight()));
            } else {
                var info = symbol.getLeft();
                Position start = info.getLocation().getRange().getStart();
                result.add(new Symbol(info.getName(), info.getKind().toString(), start.getLine(), start.getCharacter(), List.of()));
            }
        }
        return result;
    }

    public void close(Path file) {
        if (versions.remove(uri(file)) != null) {
            server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri(file))));
        }
    }

    @Override
    public void close() {
        await(server.shutdown());
    }

    private static Symbol symbol(DocumentSymbol symbol) {
        List<Symbol> children = new ArrayList<>();
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> children.add(symbol(child)));
        }
        Position start = symbol.getSelectionRange().getStart();
        return new Symbol(symbol.getName(), symbol.getKind().toString(), start.getLine(), start.getCharacter(), List.copyOf(children));
    }

    private void publish(PublishDiagnosticsParams params) {
        List<Problem> problems = new ArrayList<>();
        for (var diagnostic : params.getDiagnostics()) {
            Severity severity = diagnostic.getSeverity() == null ? Severity.ERROR : switch (diagnostic.getSeverity()) {
                case Error -> Severity.ERROR;
                case Warning -> Severity.WARNING;
                default -> Severity.INFO;
            };
            var range = diagnostic.getRange();
            problems.add(new Problem(range.getStart().getLine(), range.getStart().getCharacter(), range.getEnd().getLine(),
                    range.getEnd().getCharacter(), severity, diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue()));
        }
        queue(params.getUri()).add(List.copyOf(problems));
    }

    private BlockingQueue<List<Problem>> queue(String uri) {
        return published.computeIfAbsent(uri, u -> new LinkedBlockingQueue<>());
    }

    private static String uri(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the spec language server", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the spec language server failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the spec language server did not answer within " + TIMEOUT_S + " s", e);
        }
    }

    /** The client side the server talks back to: diagnostics are kept, messages and requests are not for an editor. */
    private static final class Client implements LanguageClient {
        private final java.util.function.Consumer<PublishDiagnosticsParams> diagnostics;

        Client(java.util.function.Consumer<PublishDiagnosticsParams> diagnostics) {
            this.diagnostics = diagnostics;
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.accept(params);
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
