package org.a64wb.workbench.playground;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.a64wb.isa.api.DecodedInstruction;
import org.a64wb.isa.api.EncodingInfo;
import org.a64wb.isa.api.InstructionSets;
import org.a64wb.workbench.diagram.EncodingDiagram;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Hex words or assembly typed on the left; decode, disassembly and assembly on the right as you type, a failing
 * line marked in the input and its error in its row; the selected row's encoding diagram and fields below.
 */
public final class DecoderPlayground extends Composite {

    /** Columns of the result table. */
    public static final int COLUMN_LINE = 0, COLUMN_ADDRESS = 1, COLUMN_WORD = 2, COLUMN_DISASSEMBLY = 3, COLUMN_ENCODING = 4;

    private static final int RE_EVALUATE_DELAY_MS = 150;

    private final PlaygroundEvaluator evaluator;
    private final StyledText input;
    private final Table results;
    private final EncodingDiagram diagram;
    private final Text details;
    private final Color errorForeground;
    private final Color errorBackground;
    private List<PlaygroundEvaluator.Row> rows = List.of();
    private boolean pending;

    public DecoderPlayground(Composite parent, InstructionSets sets) {
        super(parent, SWT.NONE);
        this.evaluator = sets == null ? null : new PlaygroundEvaluator(sets);
        errorForeground = new Color(getDisplay(), 190, 0, 0);
        errorBackground = new Color(getDisplay(), 255, 228, 228);
        addDisposeListener(e -> {
            errorForeground.dispose();
            errorBackground.dispose();
        });
        setLayout(new FillLayout());
        SashForm vertical = new SashForm(this, SWT.VERTICAL);
        SashForm horizontal = new SashForm(vertical, SWT.HORIZONTAL);
        input = new StyledText(horizontal, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        input.setFont(JFaceResources.getTextFont());
        results = new Table(horizontal, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        results.setHeaderVisible(true);
        results.setLinesVisible(true);
        String[] titles = {"Line", "Address", "Word", "Disassembly / error", "Encoding"};
        int[] widths = {40, 80, 80, 260, 120};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(results, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        horizontal.setWeights(35, 65);

        Composite bottom = new Composite(vertical, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        diagram = new EncodingDiagram(bottom);
        diagram.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        details = new Text(bottom, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        details.setFont(JFaceResources.getTextFont());
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        vertical.setWeights(62, 38);

        input.addListener(SWT.Modify, e -> schedule());
        results.addListener(SWT.Selection, e -> showSelected());
        if (evaluator == null) {
            details.setText("No instruction-set registry is active (bundle org.a64wb.isa.registry).");
        }
    }

    /** Replaces the input and evaluates it at once. */
    public void setInput(String text) {
        input.setText(text);
        evaluateNow();
    }

    public StyledText input() {
        return input;
    }

    public Table results() {
        return results;
    }

    public List<PlaygroundEvaluator.Row> rows() {
        return rows;
    }

    public EncodingDiagram diagram() {
        return diagram;
    }

    public String detailsText() {
        return details.getText();
    }

    /** Evaluates the input now (typing evaluates it a moment after the last key). */
    public void evaluateNow() {
        pending = false;
        if (evaluator == null) {
            return;
        }
        rows = evaluator.evaluate(input.getText(), 0);
        results.removeAll();
        input.setLineBackground(0, input.getLineCount(), null);
        for (PlaygroundEvaluator.Row row : rows) {
            TableItem item = new TableItem(results, SWT.NONE);
            item.setText(COLUMN_LINE, String.valueOf(row.line()));
            item.setText(COLUMN_ADDRESS, String.format("%08x", row.address()));
            item.setText(COLUMN_WORD, row.word() == null ? "" : String.format("%08x", row.word()));
            item.setText(COLUMN_DISASSEMBLY, row.failed() ? row.error() : row.disassembly());
            item.setText(COLUMN_ENCODING, row.decoded() == null ? "" : row.decoded().encoding().name());
            if (row.failed()) {
                item.setForeground(errorForeground);
                input.setLineBackground(row.line() - 1, 1, errorBackground);
            }
        }
        int select = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).failed()) {
                select = i;
                break;
            }
        }
        if (!rows.isEmpty()) {
            results.setSelection(select);
        }
        showSelected();
    }

    private void schedule() {
        if (pending) {
            return;
        }
        pending = true;
        Display display = getDisplay();
        display.timerExec(RE_EVALUATE_DELAY_MS, () -> {
            if (!isDisposed() && pending) {
                evaluateNow();
            }
        });
    }

    private void showSelected() {
        int index = results.getSelectionIndex();
        if (index < 0 || index >= rows.size()) {
            diagram.show(null, null);
            details.setText(evaluator == null ? details.getText() : "");
            return;
        }
        PlaygroundEvaluator.Row row = rows.get(index);
        if (row.failed()) {
            diagram.show(null, null);
            details.setText("line " + row.line() + ": " + row.error());
            return;
        }
        DecodedInstruction decoded = row.decoded();
        if (decoded == null) {
            diagram.show(null, null);
            details.setText(String.format("%08x  %s (no active instruction set claims this word)", row.word(), InstructionSets.UNDEFINED));
            return;
        }
        diagram.show(decoded.encoding(), row.word());
        details.setText(describe(row, decoded));
    }

    /** What {@code a64 decode} prints for the word. */
    static String describe(PlaygroundEvaluator.Row row, DecodedInstruction decoded) {
        EncodingInfo e = decoded.encoding();
        StringJoiner fields = new StringJoiner(" ");
        for (Map.Entry<String, Long> field : decoded.fields().entrySet()) {
            fields.add(field.getKey() + "=" + field.getValue());
        }
        return String.format("%08x  %s%n", row.word(), row.disassembly())
                + "encoding: " + e.name() + " (" + decoded.set().name() + ", " + e.location() + ")\n"
                + "group:    " + e.group() + "\n"
                + "class:    " + e.instructionClass() + "   feature: " + (e.feature() == null ? "-" : e.feature()) + "\n"
                + "fields:   " + (fields.length() == 0 ? "-" : fields) + "\n"
                + "memory:   " + decoded.memoryAccess().map(Object::toString).orElse("-");
    }
}
