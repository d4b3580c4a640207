package org.a64wb.spec.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.a64wb.spec.A64SpecStandaloneSetup;
import org.a64wb.spec.a64Spec.Encoding;
import org.a64wb.spec.a64Spec.Member;
import org.a64wb.spec.a64Spec.SpecFile;
import org.a64wb.spec.ide.highlighting.SpecTokenTypes;
import org.a64wb.spec.model.EncodingResolver;
import org.a64wb.spec.model.ResolvedEncoding;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec language server driven through LSP4J's client over pipes, on a workspace holding copies of
 * isa-spec/a64.a64 and isa-spec/loads-stores.a64. References are the spec as the language parses it
 * (EncodingResolver) and, for one word, llvm-mc.
 */
class SpecLanguageServerTest {

    private static final Path ISA_SPEC = Path.of("../../isa-spec");
    private static final long TIMEOUT_S = 60;

    private static Path workspace;
    private static LanguageServer server;
    private static final Map<String, BlockingQueue<List<Diagnostic>>> diagnostics = new ConcurrentHashMap<>();
    private static InitializeResult initialized;
    /** LDXRB as the language resolves the copied spec; computed before the server starts its own language injector. */
    private static ResolvedEncoding ldxrb;

    @BeforeAll
    static void start() throws Exception {
        workspace = Files.createTempDirectory("a64-lsp");
        Files.copy(ISA_SPEC.resolve("a64.a64"), workspace.resolve("a64.a64"));
        Files.copy(ISA_SPEC.resolve("loads-stores.a64"), workspace.resolve("loads-stores.a64"));
        ldxrb = parse("LDXRB");
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        SpecLanguageServer.start(serverIn, serverOut);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();

        InitializeParams params = new InitializeParams();
        params.setRootUri(workspace.toUri().toString());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "specs")));
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        params.setCapabilities(new ClientCapabilities(null, text, null));
        initialized = server.initialize(params).get(TIMEOUT_S, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    @AfterAll
    static void stop() throws Exception {
        // shutdown only: exit would end this JVM (the server's process ends there, as LSP says).
        server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The next diagnostics published for a file of the workspace. */
    private static List<Diagnostic> nextDiagnostics(String file) throws InterruptedException {
        List<Diagnostic> published = queue(file).poll(TIMEOUT_S, TimeUnit.SECONDS);
        assertNotNull(published, "no diagnostics for " + file + " within " + TIMEOUT_S + " s");
        return published;
    }

    private static BlockingQueue<List<Diagnostic>> queue(String file) {
        return diagnostics.computeIfAbsent(file, f -> new LinkedBlockingQueue<>());
    }

    private static String uri(String file) {
        return workspace.resolve(file).toUri().toString();
    }

    private static void open(String file, String text) {
        queue(file).clear();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "a64spec", 1, text)));
    }

    /** The position of the first {@code needle} after the first {@code after} in {@code text}, plus {@code shift}. */
    private static Position positionOf(String text, String after, String needle, int shift) {
        int offset = text.indexOf(needle, text.indexOf(after)) + shift;
        return new Document(1, text).getPosition(offset);
    }

    private static String loadsStores() throws IOException {
        return Files.readString(workspace.resolve("loads-stores.a64"));
    }

    @Test
    void announcesTheFeaturesTheReadmeLists() {
        var capabilities = initialized.getCapabilities();
        assertNotNull(capabilities.getHoverProvider());
        assertNotNull(capabilities.getDefinitionProvider());
        assertNotNull(capabilities.getDocumentSymbolProvider());
        assertNotNull(capabilities.getDocumentFormattingProvider());
        assertNotNull(capabilities.getCompletionProvider());
        assertEquals(SpecTokenTypes.ALL, capabilities.getSemanticTokensProvider().getLegend().getTokenTypes());
    }

    @Test
    void aRealSpecHasNoDiagnostics() throws Exception {
        open("loads-stores.a64", loadsStores());
        assertEquals(List.of(), nextDiagnostics("loads-stores.a64"));
    }

    @Test
    void aBrokenSpecGetsTheValidatorsMessageOnItsLine() throws Exception {
        String text = """
                instruction-set B package test.b
                // a format of 10 bits
                format short : a:5 b:5
                """;
        open("broken.a64", text);
        List<Diagnostic> published = nextDiagnostics("broken.a64");
        assertEquals(1, published.size(), published.toString());
        assertEquals("the pattern of format 'short' has 10 bits; an A64 encoding has 32", published.get(0).getMessage().getLeft());
        assertEquals(2, published.get(0).getRange().getStart().getLine(), published.toString());
    }

    @Test
    void completionInAFormatUseOffersItsUnboundFields() throws Exception {
        String text = """
                instruction-set C package test.c
                format pair : opc:2 101 V=0 010 L:1 imm7:7 Rt2:5 Rn:5 Rt:5
                insn X : pair(opc=10, )
                """;
        open("completion.a64", text);
        List<String> labels = complete("completion.a64", positionOf(text, "insn X", ", )", 2));
        assertEquals(List.of("L", "Rn", "Rt", "Rt2", "imm7"), labels.stream().filter(l -> !l.equals(")")).sorted().toList(), labels.toString());
    }

    @Test
    void completionInAGroupFileOffersTheFieldsOfAFormatOfAnotherFile() throws Exception {
        String text = """
                group "Completion" of A64
                insn X : ls_excl(size=00, o2=0, )
                """;
        open("group-completion.a64", text);
        try {
            List<String> labels = complete("group-completion.a64", positionOf(text, "insn X", ", )", 2));
            assertEquals(List.of("L", "Rn", "Rs", "Rt", "Rt2", "o0", "o1"), labels.stream().filter(l -> !l.equals(")")).sorted().toList(),
                    labels.toString());
        } finally {
            server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri("group-completion.a64"))));
        }
    }

    @Test
    void completionOnAnAttributeLineOffersKeywords() throws Exception {
        String text = "instruction-set K package test.k\ninsn Y : 1101 0101 0000 0011 0010 0000 0001 1111\n    \n";
        open("keywords.a64", text);
        List<String> labels = complete("keywords.a64", new Position(2, 4));
        for (String keyword : List.of("asm", "alias", "where", "let", "mem", "exec", "class", "insn", "format")) {
            assertTrue(labels.contains(keyword), keyword + " in " + labels);
        }
    }

    private static List<String> complete(String file, Position position) throws Exception {
        var result = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(file)), position))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    /** The hover's fixed bits are the encoding's mask and match, and the word llvm-mc gives for ldxrb matches them. */
    @Test
    void hoverOnAnInstructionShowsItsEncodingDiagram() throws Exception {
        String text = loadsStores();
        open("loads-stores.a64", text);
        var hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri("loads-stores.a64")),
                positionOf(text, "insn LDXRB", "LDXRB", 1))).get(TIMEOUT_S, TimeUnit.SECONDS);
        String markdown = hover.getContents().getRight().getValue();
        String diagram = markdown.substring(markdown.indexOf("```\n") + 4);
        List<String> lines = diagram.lines().toList();
        assertTrue(lines.get(0).trim().startsWith("31 30 29") && lines.get(0).trim().endsWith("2  1  0"), markdown);
        int mask = 0;
        int match = 0;
        String bits = lines.get(1).replace(" ", "");
        assertEquals(32, bits.length(), markdown);
        for (int i = 0; i < 32; i++) {
            if (bits.charAt(i) != '.') {
                mask |= 1 << (31 - i);
                match |= (bits.charAt(i) - '0') << (31 - i);
            }
        }
        ResolvedEncoding parsed = ldxrb;
        assertEquals(String.format("%08x/%08x", parsed.mask(), parsed.match()), String.format("%08x/%08x", mask, match), markdown);
        assertEquals(match, 0x085f7c20 & mask, "llvm-mc: ldxrb w0, [x1] = 0x085f7c20\n" + markdown);
        for (String field : List.of("Rs<20:16>", "Rt2<14:10>", "Rn<9:5>", "Rt<4:0>", "L<22> = 1", "size<31:30> = 00")) {
            assertTrue(markdown.contains(field), field + " in\n" + markdown);
        }
        assertTrue(lines.get(2).contains("Rt2"), "field names over their bits: " + markdown);
    }

    /** The encoding as the language itself resolves the copied spec. */
    private static ResolvedEncoding parse(String name) throws IOException {
        Injector injector = new A64SpecStandaloneSetup().createInjectorAndDoEMFRegistration();
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("a64", injector.getInstance(IResourceFactory.class));
        set.getResource(URI.createFileURI(workspace.resolve("a64.a64").toString()), true);
        Resource resource = set.getResource(URI.createFileURI(workspace.resolve("loads-stores.a64").toString()), true);
        for (Member member : ((SpecFile) resource.getContents().get(0)).getMembers()) {
            if (member instanceof Encoding encoding && encoding.getName().equals(name)) {
                return new EncodingResolver().resolve(encoding, new ArrayList<>()).orElseThrow();
            }
        }
        throw new AssertionError("no encoding " + name);
    }

    @Test
    void definitionOfAFormatReferenceIsTheFormatsLine() throws Exception {
        String text = loadsStores();
        open("loads-stores.a64", text);
        List<? extends Location> locations = definition("loads-stores.a64", positionOf(text, "insn STXRB", "ls_excl", 2));
        assertEquals(1, locations.size(), locations.toString());
        assertEquals(uri("loads-stores.a64"), locations.get(0).getUri());
        assertEquals(positionOf(text, "format ls_excl", "ls_excl", 0).getLine(), locations.get(0).getRange().getStart().getLine());
    }

    @Test
    void definitionOfAFunctionCallIsItsDeclarationInAnotherFile() throws Exception {
        String text = loadsStores();
        open("loads-stores.a64", text);
        int call = text.indexOf("sext(", text.indexOf("let offset = sext("));
        assertTrue(call > 0, "loads-stores.a64 calls sext in a let");
        List<? extends Location> locations = definition("loads-stores.a64", new Document(1, text).getPosition(call + 1));
        assertEquals(1, locations.size(), locations.toString());
        assertTrue(locations.get(0).getUri().endsWith("/a64.a64"), locations.toString());
        String a64 = Files.readString(workspace.resolve("a64.a64"));
        assertEquals(positionOf(a64, "function sext", "sext", 0).getLine(), locations.get(0).getRange().getStart().getLine());
    }

    private static List<? extends Location> definition(String file, Position position) throws Exception {
        var result = server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri(file)), position))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        return result.getLeft();
    }

    @Test
    void documentSymbolsListTheInstructionsAndFormats() throws Exception {
        open("loads-stores.a64", loadsStores());
        var symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri("loads-stores.a64"))))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        List<String> names = symbols.stream().map(Either::getRight).map(DocumentSymbol::getName).toList();
        for (String name : List.of("ls_excl", "STXRB", "LDXRB", "CASP_w", "memoryAccess", "ls_prfop")) {
            assertTrue(names.contains(name), name + " in " + names);
        }
    }

    @Test
    void formattingMakesABadlySpacedSpecCanonical() throws Exception {
        String bad = """
                instruction-set   F package test . f
                operation run( int  n )
                format  f :  op : 4 0000 Rn:5 imm:19 exec run ( n = imm )
                insn   A: f( op = 0001 )
                  asm "a {Rn}"
                      class    branch
                """;
        String canonical = """
                instruction-set F package test.f
                operation run(int n)
                format f : op:4 0000 Rn:5 imm:19
                    exec run(n=imm)
                insn A : f(op=0001)
                    asm "a {Rn}"
                    class branch
                """;
        open("format.a64", bad);
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri("format.a64")), new FormattingOptions(4, true)))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(canonical, apply(bad, edits));
    }

    /** LSP edits all refer to the original text: applied from the last to the first. */
    private static String apply(String text, List<? extends TextEdit> edits) {
        Document document = new Document(1, text);
        StringBuilder result = new StringBuilder(text);
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort((a, b) -> document.getOffSet(b.getRange().getStart()) - document.getOffSet(a.getRange().getStart()));
        for (TextEdit edit : ordered) {
            result.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()), edit.getNewText());
        }
        return result.toString();
    }

    @Test
    void semanticTokensTypeInstructionsFormatsAndKeywords() throws Exception {
        String text = loadsStores();
        open("loads-stores.a64", text);
        List<Integer> data = server.getTextDocumentService()
                .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri("loads-stores.a64"))))
                .get(TIMEOUT_S, TimeUnit.SECONDS).getData();
        assertEquals(0, data.size() % 5);
        Document document = new Document(1, text);
        Map<Integer, String> typeAt = new java.util.HashMap<>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
            line += data.get(i);
            typeAt.put(document.getOffSet(new Position(line, character)), SpecTokenTypes.ALL.get(data.get(i + 3)));
        }
        int insn = text.indexOf("insn LDXRB");
        assertEquals(SpecTokenTypes.KEYWORD, typeAt.get(insn));
        assertEquals(SpecTokenTypes.CLASS, typeAt.get(insn + "insn ".length()));
        assertEquals(SpecTokenTypes.TYPE, typeAt.get(text.indexOf("ls_excl", insn)));
        assertEquals(SpecTokenTypes.COMMENT, typeAt.get(text.indexOf("//")));
        assertEquals(SpecTokenTypes.STRING, typeAt.get(text.indexOf("\"ldxrb", insn)));
        assertEquals(Optional.of(SpecTokenTypes.PROPERTY), Optional.ofNullable(typeAt.get(text.indexOf("size=00", insn))));
    }

    /** Collects what the server publishes; answers nothing else. */
    private static final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            String file = params.getUri().substring(params.getUri().lastIndexOf('/') + 1);
            queue(file).add(params.getDiagnostics());
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
