package org.a64wb.workbench.machine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** Exits per second of each trap kind (exception class, handler), one line per kind over the last samples. */
public final class TrapChart extends Canvas {

    private static final int SAMPLES = 60;
    private static final int[][] PALETTE = {{31, 119, 180}, {214, 39, 40}, {44, 160, 44}, {255, 127, 14}, {148, 103, 189}, {140, 86, 75}};
    private static final int MAX_SERIES = PALETTE.length;

    private final Deque<Map<String, Double>> rates = new ArrayDeque<>();
    private Map<String, Long> last = Map.of();
    private long lastNanos;

    public TrapChart(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        addPaintListener(e -> paint(e.gc));
    }

    /** Adds a sample: the counts now (cumulative, as TrapStatistics keeps them). */
    public void sample(Map<String, Long> counts, long nanos) {
        if (lastNanos != 0 && nanos > lastNanos) {
            double seconds = (nanos - lastNanos) / 1e9;
            Map<String, Double> rate = new HashMap<>();
            counts.forEach((key, count) -> rate.put(key, (count - last.getOrDefault(key, 0L)) / seconds));
            rates.addLast(rate);
            while (rates.size() > SAMPLES) {
                rates.removeFirst();
            }
        }
        last = Map.copyOf(counts);
        lastNanos = nanos;
        redraw();
    }

    public void clear() {
        rates.clear();
        last = Map.of();
        lastNanos = 0;
        redraw();
    }

    /** The samples taken so far (rates per kind, oldest first). */
    public List<Map<String, Double>> samples() {
        return List.copyOf(rates);
    }

    /** The kinds drawn: the most frequent ones, as many as there are colours. */
    Map<String, Long> series() {
        Map<String, Long> top = new LinkedHashMap<>();
        last.entrySet().stream().filter(e -> e.getValue() > 0).sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(MAX_SERIES)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        int legendWidth = Math.min(260, area.width / 2);
        int plotWidth = area.width - legendWidth - 10;
        int plotHeight = area.height - 20;
        gc.drawText("exits/s", 4, 2, true);
        if (rates.isEmpty() || plotWidth < 20 || plotHeight < 20) {
            gc.drawText(rates.isEmpty() ? "no samples yet" : "", 4, 20, true);
            return;
        }
        double max = 1;
        for (Map<String, Double> rate : rates) {
            for (double value : rate.values()) {
                max = Math.max(max, value);
            }
        }
        gc.drawText(String.format("%.0f", max), 60, 2, true);
        List<String> keys = new ArrayList<>(series().keySet());
        for (int k = 0; k < keys.size(); k++) {
            Color colour = new Color(getDisplay(), PALETTE[k][0], PALETTE[k][1], PALETTE[k][2]);
            gc.setForeground(colour);
            gc.setLineWidth(2);
            int i = 0;
            int previousX = -1;
            int previousY = -1;
            for (Map<String, Double> rate : rates) {
                int x = 5 + (int) ((long) plotWidth * i / (SAMPLES - 1));
                int y = 18 + plotHeight - (int) (plotHeight * rate.getOrDefault(keys.get(k), 0.0) / max);
                if (previousX >= 0) {
                    gc.drawLine(previousX, previousY, x, y);
                }
                previousX = x;
                previousY = y;
                i++;
            }
            gc.setBackground(colour);
            gc.fillRectangle(area.width - legendWidth, 20 + 18 * k, 10, 10);
            gc.setBackground(getBackground());
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(keys.get(k) + "  " + last.get(keys.get(k)), area.width - legendWidth + 14, 17 + 18 * k, true);
        }
    }
}
