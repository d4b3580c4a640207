package org.a64wb.workbench.spec.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.a64wb.spec.ide.editor.SpecEditorSession;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.text.source.VerticalRuler;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The spec editor: a JFace source viewer on one .a64 file, coloured by the language server's semantic tokens,
 * its validation problems underlined and listed as file:line, content assist (Ctrl+Space), hover (an
 * instruction's encoding diagram) and an outline. The server runs in process ({@link SpecEditorSession}) on a
 * worker thread of this editor, over the file's directory, so references to the other spec files resolve.
 */
public final class SpecEditor extends Composite {

    private static final int ANALYSE_DELAY_MS = 300;
    private static final long CALL_TIMEOUT_S = 60;

    private final SourceViewer viewer;
    private final Table problemTable;
    private final TreeViewer outline;
    private final Label status;
    private final ContentAssistant assistant;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "a64 spec editor services");
        thread.setDaemon(true);
        return thread;
    });

    private SpecEditorSession session;
    private Path sessionRoot;
    private Path file;
    private long stamp;
    private boolean scheduled;
    private SpecAnalysis analysis;
    private final List<Runnable> analysedListeners = new ArrayList<>();

    public SpecEditor(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm columns = new SashForm(this, SWT.HORIZONTAL);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm rows = new SashForm(columns, SWT.VERTICAL);
        Composite text = new Composite(rows, SWT.NONE);
        text.setLayout(new FillLayout());
        viewer = new SourceViewer(text, new VerticalRuler(12), SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTextWidget().setFont(JFaceResources.getTextFont());
        assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new Completions(), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoInsert(false);
        viewer.configure(new SourceViewerConfiguration() {
            @Override
            public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
                return assistant;
            }

            @Override
            public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
                return new Hover();
            }
        });
        viewer.setDocument(new Document());
        viewer.appendVerifyKeyListener(event -> {
            if ((event.stateMask & SWT.CTRL) != 0 && event.character == ' ') {
                event.doit = false;
                assistant.showPossibleCompletions();
            }
        });
        problemTable = new Table(rows, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        problemTable.setHeaderVisible(true);
        new TableColumn(problemTable, SWT.LEFT).setText("Location");
        new TableColumn(problemTable, SWT.LEFT).setText("Problem");
        problemTable.getColumn(0).setWidth(200);
        problemTable.getColumn(1).setWidth(600);
        problemTable.addListener(SWT.DefaultSelection, e -> {
            int index = problemTable.getSelectionIndex();
            if (analysis != null && index >= 0 && index < analysis.problems().size()) {
                revealLine(analysis.problems().get(index).line() + 1);
            }
        });
        rows.setWeights(80, 20);
        outline = new TreeViewer(columns, SWT.BORDER | SWT.SINGLE);
        outline.setContentProvider(new OutlineContent());
        outline.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                SpecEditorSession.Symbol symbol = (SpecEditorSession.Symbol) element;
                return symbol.name() + "  " + symbol.kind().toLowerCase(java.util.Locale.ROOT);
            }
        });
        outline.addSelectionChangedListener(e -> {
            if (outline.getStructuredSelection().getFirstElement() instanceof SpecEditorSession.Symbol symbol && outline.getTree().isFocusControl()) {
                revealLine(symbol.line() + 1);
            }
        });
        columns.setWeights(75, 25);
        viewer.getDocument().addDocumentListener(new org.eclipse.jface.text.IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(org.eclipse.jface.text.DocumentEvent event) {
            }

            @Override
            public void documentChanged(org.eclipse.jface.text.DocumentEvent event) {
                stamp++;
                schedule();
            }
        });
        addDisposeListener(e -> shutdown());
        status.setText("No spec file open (File > Open Spec..., or a spec line in the ISA explorer).");
    }

    /** Opens {@code spec} (its text from disk) and analyses it. */
    public void open(Path spec) throws IOException {
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        Path previous = file;
        file = spec.toAbsolutePath().normalize();
        Path root = file.getParent();
        worker.submit(() -> {
            if (session != null && !root.equals(sessionRoot)) {
                session.close();
                session = null;
            }
            if (session != null && previous != null) {
                session.close(previous);
            }
            if (session == null) {
                session = SpecEditorSession.start(root);
                sessionRoot = root;
            }
        });
        status.setText(file.toString());
        analysis = null;
        viewer.getDocument().set(text);
    }

    /** Selects line {@code line} (1-based) and scrolls it into view. */
    public void revealLine(int line) {
        IDocument document = viewer.getDocument();
        try {
            int index = Math.max(0, Math.min(line - 1, document.getNumberOfLines() - 1));
            IRegion region = document.getLineInformation(index);
            viewer.setSelectedRange(region.getOffset(), region.getLength());
            viewer.revealRange(region.getOffset(), region.getLength());
        } catch (BadLocationException e) {
            // The line lies beyond the document: nothing to select.
        }
    }

    public Path file() {
        return file;
    }

    public SourceViewer viewer() {
        return viewer;
    }

    public Table problemTable() {
        return problemTable;
    }

    public TreeViewer outline() {
        return outline;
    }

    /** The analysis of the document as it is now, or null while the server works on it. */
    public SpecAnalysis currentAnalysis() {
        return analysis != null && analysis.stamp() == stamp ? analysis : null;
    }

    /** Runs {@code listener} on the UI thread after each analysis is shown. */
    public void onAnalysed(Runnable listener) {
        analysedListeners.add(listener);
    }

    /** The 1-based line the cursor is on. */
    public int cursorLine() {
        return viewer.getTextWidget().getLineAtOffset(viewer.getTextWidget().getCaretOffset()) + 1;
    }

    /** What hovering at {@code offset} shows (what the hover control gets), or null. */
    public String hoverText(int offset) {
        if (file == null) {
            return null;
        }
        Position position = position(offset);
        String hover = call(() -> session.hover(file, position.line(), position.column()));
        return hover == null ? null : hover.replaceAll("(?m)^```\\w*\\n?", "").strip();
    }

    /** The proposals content assist shows at {@code offset}. */
    public List<ICompletionProposal> proposals(int offset) {
        List<ICompletionProposal> result = new ArrayList<>();
        if (file == null) {
            return result;
        }
        String text = viewer.getDocument().get();
        Position position = position(offset);
        Path current = file;
        List<SpecEditorSession.Proposal> proposals = call(() -> {
            session.update(current, text);
            return session.complete(current, position.line(), position.column());
        });
        int start = offset;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, offset);
        for (SpecEditorSession.Proposal proposal : proposals) {
            String insert = proposal.insertText();
            if (!prefix.isEmpty() && !insert.startsWith(prefix)) {
                continue;
            }
            String display = proposal.detail() == null ? proposal.label() : proposal.label() + " - " + proposal.detail();
            result.add(new CompletionProposal(insert, start, offset - start, insert.length(), null, display, null, null));
        }
        return result;
    }

    private record Position(int line, int column) {
    }

    private Position position(int offset) {
        try {
            int line = viewer.getDocument().getLineOfOffset(offset);
            return new Position(line, offset - viewer.getDocument().getLineOffset(line));
        } catch (BadLocationException e) {
            throw new IllegalArgumentException("offset " + offset + " is outside the document", e);
        }
    }

    private void schedule() {
        if (scheduled || file == null) {
            return;
        }
        scheduled = true;
        getDisplay().timerExec(ANALYSE_DELAY_MS, () -> {
            scheduled = false;
            if (isDisposed()) {
                return;
            }
            long version = stamp;
            String text = viewer.getDocument().get();
            Path current = file;
            worker.submit(() -> {
                SpecAnalysis result;
                try {
                    session.update(current, text);
                    result = new SpecAnalysis(version, session.problems(current), session.tokens(current), session.outline(current));
                } catch (RuntimeException e) {
                    String message = e.getMessage();
                    if (!isDisposed()) {
                        getDisplay().asyncExec(() -> {
                            if (!status.isDisposed()) {
                                status.setText(current + ": the spec language server failed: " + message);
                                List.copyOf(analysedListeners).forEach(Runnable::run);
                            }
                        });
                    }
                    return;
                }
                if (!isDisposed()) {
                    getDisplay().asyncExec(() -> apply(result, current));
                }
            });
        });
    }

    private void apply(SpecAnalysis result, Path analysed) {
        if (isDisposed() || result.stamp() != stamp || !analysed.equals(file)) {
            return;
        }
        analysis = result;
        IDocument document = viewer.getDocument();
        TextPresentation presentation = new TextPresentation();
        for (SpecEditorSession.Token token : result.tokens()) {
            try {
                StyleRange range = SpecColours.range(getDisplay(), token.type(), document.getLineOffset(token.line()) + token.column(), token.length());
                if (range != null) {
                    presentation.addStyleRange(range);
                }
            } catch (BadLocationException e) {
                // A token past the end of a document that changed meanwhile: the next analysis repaints.
            }
        }
        problemTable.removeAll();
        for (SpecEditorSession.Problem problem : result.problems()) {
            TableItem item = new TableItem(problemTable, SWT.NONE);
            item.setText(0, analysed.getFileName() + ":" + (problem.line() + 1));
            item.setText(1, problem.severity().toString().toLowerCase(java.util.Locale.ROOT) + ": " + problem.message());
            try {
                int start = document.getLineOffset(problem.line()) + problem.column();
                int end = document.getLineOffset(problem.endLine()) + problem.endColumn();
                StyleRange squiggle = new StyleRange();
                squiggle.start = start;
                squiggle.length = Math.max(1, Math.min(end, document.getLength()) - start);
                squiggle.underline = true;
                squiggle.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
                squiggle.underlineColor = getDisplay().getSystemColor(problem.severity() == SpecEditorSession.Severity.ERROR ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW);
                presentation.mergeStyleRange(squiggle);
            } catch (BadLocationException e) {
                // As above.
            }
        }
        viewer.getTextWidget().setStyleRanges(new StyleRange[0]);
        viewer.changeTextPresentation(presentation, false);
        outline.setInput(result.outline());
        status.setText(analysed + "    " + (result.problems().isEmpty() ? "no problems" : result.problems().size() + " problem(s)"));
        List.copyOf(analysedListeners).forEach(Runnable::run);
    }

    private <T> T call(Callable<T> request) {
        try {
            return worker.submit(request).get(CALL_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private void shutdown() {
        worker.submit(() -> {
            if (session != null) {
                session.close();
            }
        });
        worker.shutdown();
    }

    private final class Completions implements IContentAssistProcessor {
        @Override
        public ICompletionProposal[] computeCompletionProposals(ITextViewer textViewer, int offset) {
            return proposals(offset).toArray(ICompletionProposal[]::new);
        }

        @Override
        public IContextInformation[] computeContextInformation(ITextViewer textViewer, int offset) {
            return null;
        }

        @Override
        public char[] getCompletionProposalAutoActivationCharacters() {
            return null;
        }

        @Override
        public char[] getContextInformationAutoActivationCharacters() {
            return null;
        }

        @Override
        public String getErrorMessage() {
            return null;
        }

        @Override
        public IContextInformationValidator getContextInformationValidator() {
            return null;
        }
    }

    private final class Hover implements ITextHover {
        @Override
        public String getHoverInfo(ITextViewer textViewer, IRegion region) {
            return hoverText(region.getOffset());
        }

        @Override
        public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
            return new Region(offset, 0);
        }
    }

    private static final class OutlineContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((SpecEditorSession.Symbol) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((SpecEditorSession.Symbol) element).children().isEmpty();
        }
    }
}
