package org.a64wb.workbench.diagram;

import java.util.List;

import org.a64wb.isa.api.EncodingInfo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** The 32-bit encoding diagram: bit numbers on top, one box per cell (fixed bits grey, fields named). */
public final class EncodingDiagram extends Canvas {

    private static final int ROW = 18;

    private List<BitCells.Cell> cells = List.of();

    public EncodingDiagram(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(event -> paint(event.gc));
    }

    /** Shows {@code encoding}, with the bit values of {@code word} in its fields when not null; null clears. */
    public void show(EncodingInfo encoding, Integer word) {
        cells = encoding == null ? List.of() : BitCells.of(encoding, word);
        redraw();
    }

    public List<BitCells.Cell> cells() {
        return cells;
    }

    @Override
    public Point computeSize(int widthHint, int heightHint, boolean changed) {
        return new Point(widthHint == SWT.DEFAULT ? 32 * 22 : widthHint, heightHint == SWT.DEFAULT ? ROW * 3 + 4 : heightHint);
    }

    private void paint(GC gc) {
        if (cells.isEmpty()) {
            return;
        }
        int width = getClientArea().width - 1;
        double bitWidth = width / 32.0;
        Color fixed = new Color(getDisplay(), 225, 225, 225);
        Color field = new Color(getDisplay(), 214, 232, 255);
        try {
            for (BitCells.Cell cell : cells) {
                int left = (int) Math.round((31 - cell.high()) * bitWidth);
                int right = (int) Math.round((32 - cell.low()) * bitWidth);
                gc.setBackground(cell.kind() == BitCells.Kind.FIXED ? fixed : cell.kind() == BitCells.Kind.FIELD ? field : getBackground());
                gc.fillRectangle(left, ROW, right - left, ROW * 2);
                gc.drawRectangle(left, ROW, right - left, ROW * 2);
                centre(gc, cell.high() == cell.low() ? String.valueOf(cell.high()) : cell.high() + "  " + cell.low(), left, right, 2);
                if (cell.kind() == BitCells.Kind.FIELD) {
                    centre(gc, cell.label(), left, right, ROW + 2);
                    if (!cell.bits().contains("x")) {
                        centre(gc, cell.bits(), left, right, ROW * 2 + 1);
                    }
                } else {
                    for (int i = 0; i < cell.bits().length(); i++) {
                        int bit = cell.high() - i;
                        int bitLeft = (int) Math.round((31 - bit) * bitWidth);
                        centre(gc, cell.bits().substring(i, i + 1), bitLeft, bitLeft + (int) bitWidth, ROW + ROW / 2);
                    }
                }
            }
        } finally {
            fixed.dispose();
            field.dispose();
        }
    }

    private static void centre(GC gc, String text, int left, int right, int top) {
        Point extent = gc.textExtent(text);
        if (extent.x > right - left - 2) {
            return;
        }
        gc.drawText(text, left + (right - left - extent.x) / 2, top, true);
    }
}
