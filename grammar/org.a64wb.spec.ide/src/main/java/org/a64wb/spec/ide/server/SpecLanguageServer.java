package org.a64wb.spec.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.a64wb.spec.ide.highlighting.SpecSemanticTokensService;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.WriterAppender;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The spec language server: LSP over the given streams (stdin and stdout for {@code a64 lsp}), serving every
 * *.a64 file of the client's workspace folders. Nothing but LSP messages may reach the output stream, so
 * {@link System#out} and all logging go to the error stream.
 */
public final class SpecLanguageServer {

    public static final String USAGE = """
            usage: a64 lsp
            The spec language server: LSP 3.17 over stdin/stdout for *.a64 files (diagnostics, completion, hover with
            the encoding diagram, go to definition, document symbols, formatting, semantic tokens). An editor starts it;
            its log goes to stderr.""";

    private SpecLanguageServer() {
    }

    /** {@code java -jar a64-spec-ls.jar}: serves stdin/stdout until the client says exit. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Serves LSP on {@code in}/{@code out} until the client sends exit (the process then ends with 0 after a
     * shutdown request, 1 without, as LSP says) or closes the input (returns 0). {@code --help} prints the usage.
     */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            PrintStream usage = new PrintStream(out, true);
            usage.println(USAGE);
            return 0;
        }
        if (args.length > 0) {
            err.println("a64: lsp takes no arguments\n" + USAGE);
            return 2;
        }
        System.setOut(err);
        logTo(err);
        Future<Void> listening = start(in, out);
        try {
            listening.get();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            err.println("a64: lsp: " + e.getCause());
            return 1;
        }
    }

    /** Connects a new server to {@code in}/{@code out}; the future completes when the input ends. */
    public static Future<Void> start(InputStream in, OutputStream out) {
        LanguageServerImpl server = create();
        Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }

    /** A new server, not yet connected to a client: over streams here, in process for the workbench's editor. */
    public static LanguageServerImpl create() {
        Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(SemanticTokensService.class).to(SpecSemanticTokensService.class);
            }
        }));
        return injector.getInstance(LanguageServerImpl.class);
    }

    /** Xtext logs through log4j, whose default configuration writes to stdout: warnings and errors to {@code err} instead. */
    private static void logTo(PrintStream err) {
        Logger root = Logger.getRootLogger();
        root.removeAllAppenders();
        root.addAppender(new WriterAppender(new PatternLayout("a64 lsp: %p %c{1} - %m%n"), err));
        root.setLevel(Level.WARN);
    }
}
