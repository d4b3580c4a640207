package org.a64wb.workbench.machine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.a64wb.gdbstub.target.StopEvent;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The machine view: launch a guest on the virt board, its PL011 console (with input), run/pause/step,
 * breakpoints, vCPU 0's registers and the disassembly around PC while stopped, the framebuffer, and the trap
 * statistics as a live chart.
 */
public final class MachineView extends Composite {

    private static final int REFRESH_MS = 500;

    private final MachineServices services;
    private final Consumer<String> warnings;
    private final Text guestField;
    private final Spinner cpus;
    private final Button launch;
    private final Button run;
    private final Button pause;
    private final Button step;
    private final Text breakAt;
    private final Label state;
    private final StyledText console;
    private final Text input;
    private final Table registers;
    private final Table disassembly;
    private final Canvas framebuffer;
    private final TrapChart chart;
    private final StringBuilder pendingConsole = new StringBuilder();
    private final java.util.List<Runnable> consoleListeners = new java.util.ArrayList<>();
    private MachineSession session;
    private GuestImage guest;
    private Image framebufferImage;
    private StopEvent lastStop;
    private int stops;

    public MachineView(Composite parent, MachineServices services, Consumer<String> warnings) {
        super(parent, SWT.NONE);
        this.services = services;
        this.warnings = warnings;
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(12, false));
        new Label(bar, SWT.NONE).setText("Guest");
        guestField = new Text(bar, SWT.BORDER);
        guestField.setMessage("kernel image or .S source (empty: the sample guest)");
        guestField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(bar, SWT.PUSH);
        browse.setText("...");
        browse.addListener(SWT.Selection, e -> browse());
        new Label(bar, SWT.NONE).setText("vCPUs");
        cpus = new Spinner(bar, SWT.BORDER);
        cpus.setValues(1, 1, 16, 0, 1, 4);
        launch = button(bar, "Launch", this::launchFromField);
        run = button(bar, "Run", this::run);
        pause = button(bar, "Pause", this::pause);
        step = button(bar, "Step", this::step);
        breakAt = new Text(bar, SWT.BORDER);
        breakAt.setMessage("break at (hex or label)");
        breakAt.setLayoutData(new GridData(140, SWT.DEFAULT));
        breakAt.addListener(SWT.DefaultSelection, e -> addBreakpointFromField());
        button(bar, "Break", this::addBreakpointFromField);
        state = new Label(bar, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));

        SashForm body = new SashForm(this, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(body, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        console = new StyledText(left, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        console.setFont(JFaceResources.getTextFont());
        console.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        input = new Text(left, SWT.BORDER);
        input.setMessage("type to the guest's console (Enter sends the line)");
        input.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        input.addListener(SWT.DefaultSelection, e -> sendInput());

        TabFolder tabs = new TabFolder(body, SWT.TOP);
        disassembly = table(tabs, "Disassembly", "", "Address", "Word", "Instruction");
        disassembly.addListener(SWT.DefaultSelection, e -> toggleBreakpointAtSelection());
        registers = table(tabs, "Registers", "Register", "Group", "Value");
        TabItem chartTab = new TabItem(tabs, SWT.NONE);
        chartTab.setText("Traps");
        chart = new TrapChart(tabs);
        chartTab.setControl(chart);
        TabItem screenTab = new TabItem(tabs, SWT.NONE);
        screenTab.setText("Framebuffer");
        framebuffer = new Canvas(tabs, SWT.DOUBLE_BUFFERED);
        framebuffer.addPaintListener(e -> {
            if (framebufferImage != null) {
                e.gc.drawImage(framebufferImage, 0, 0);
            } else {
                e.gc.drawText("no framebuffer on this machine", 4, 4, true);
            }
        });
        screenTab.setControl(framebuffer);
        tabs.setSelection(2);
        body.setWeights(50, 50);
        addDisposeListener(e -> {
            close();
            if (framebufferImage != null) {
                framebufferImage.dispose();
            }
        });
        updateState();
        getDisplay().timerExec(REFRESH_MS, this::refresh);
    }

    /** Boots {@code image}, stopped before its first instruction. */
    public void launch(GuestImage image) {
        close();
        console.setText("");
        chart.clear();
        lastStop = null;
        stops = 0;
        guest = image;
        try {
            session = MachineSession.boot(services, image, cpus.getSelection(), bytes -> {
                synchronized (pendingConsole) {
                    pendingConsole.append(new String(bytes, StandardCharsets.UTF_8));
                }
            }, warning -> warnings.accept(warning));
        } catch (IOException e) {
            session = null;
            state.setText("cannot boot: " + e.getMessage());
            state.getParent().layout();
            return;
        }
        showStopped();
    }

    public void run() {
        if (session != null) {
            session.resume(this::stoppedLater);
            updateState();
        }
    }

    public void pause() {
        if (session != null) {
            session.pause();
        }
    }

    public void step() {
        if (session != null) {
            session.step(this::stoppedLater);
            updateState();
        }
    }

    /** Sets a breakpoint at an address or at one of the guest's labels; false (and a message) if it cannot. */
    public boolean addBreakpoint(String where) {
        if (session == null || session.running()) {
            state.setText("breakpoints are set while the machine is stopped");
            return false;
        }
        Long address = guest.symbols().get(where.trim());
        if (address == null) {
            try {
                address = Long.parseUnsignedLong(where.trim().replaceFirst("^0[xX]", ""), 16);
            } catch (NumberFormatException e) {
                state.setText("'" + where + "' is neither a label of " + guest.name() + " nor a hex address");
                state.getParent().layout();
                return false;
            }
        }
        session.insertBreakpoint(address);
        showStopped();
        return true;
    }

    public MachineSession session() {
        return session;
    }

    public String consoleText() {
        return console.getText();
    }

    /** Runs {@code listener} after console output is shown. */
    public void onConsole(Runnable listener) {
        consoleListeners.add(listener);
    }

    public Table registers() {
        return registers;
    }

    public Table disassembly() {
        return disassembly;
    }

    public TrapChart chart() {
        return chart;
    }

    public String stateText() {
        return state.getText();
    }

    public StopEvent lastStop() {
        return lastStop;
    }

    /** How many stops the view has shown since the launch (registers and disassembly are then current). */
    public int stops() {
        return stops;
    }

    private void stoppedLater(StopEvent event) {
        if (!isDisposed()) {
            getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    lastStop = event;
                    flushConsole();
                    showStopped();
                    stops++;
                }
            });
        }
    }

    private void showStopped() {
        updateState();
        registers.removeAll();
        disassembly.removeAll();
        if (session == null || session.running() || session.ended()) {
            return;
        }
        for (MachineSession.Register register : session.registers()) {
            TableItem item = new TableItem(registers, SWT.NONE);
            item.setText(new String[] {register.name(), register.group(), register.hex()});
        }
        long pc = session.pc();
        for (MachineSession.Line line : session.disassemblyAroundPc(8, 16)) {
            TableItem item = new TableItem(disassembly, SWT.NONE);
            String marker = (line.address() == pc ? "=>" : "") + (session.breakpoints().contains(line.address()) ? " *" : "");
            item.setText(new String[] {marker, String.format("%016x", line.address()), String.format("%08x", line.word()), line.text()});
            item.setData(line.address());
            if (line.address() == pc) {
                disassembly.setSelection(item);
            }
        }
    }

    private void updateState() {
        boolean live = session != null && !session.ended();
        boolean running = live && session.running();
        run.setEnabled(live && !running);
        step.setEnabled(live && !running);
        pause.setEnabled(running);
        String text;
        if (session == null) {
            text = "no machine";
        } else if (session.ended()) {
            text = "ended" + (lastStop instanceof StopEvent.Exited exited ? " (status " + exited.status() + ")" : "");
        } else if (running) {
            text = "running";
        } else {
            text = String.format("stopped at %016x", session.pc()) + (lastStop instanceof StopEvent.Stopped s && s.signal() == StopEvent.SIGTRAP
                    && session.breakpoints().contains(session.pc()) ? " (breakpoint)" : "");
        }
        state.setText(text);
        state.getParent().layout();
    }

    private void refresh() {
        if (isDisposed()) {
            return;
        }
        flushConsole();
        if (session != null) {
            chart.sample(session.trapCounts(), System.nanoTime());
            showFramebuffer();
            if (session.ended()) {
                updateState();
            }
        }
        getDisplay().timerExec(REFRESH_MS, this::refresh);
    }

    private void flushConsole() {
        String text;
        synchronized (pendingConsole) {
            text = pendingConsole.toString();
            pendingConsole.setLength(0);
        }
        if (!text.isEmpty()) {
            console.append(text.replace("\r", ""));
            console.setTopIndex(console.getLineCount() - 1);
            List.copyOf(consoleListeners).forEach(Runnable::run);
        }
    }

    private void showFramebuffer() {
        var displays = session.machine().displays();
        if (displays.isEmpty()) {
            return;
        }
        BufferedImage picture = displays.get(0).snapshot();
        if (picture == null) {
            return;
        }
        ImageData data = new ImageData(picture.getWidth(), picture.getHeight(), 24, new PaletteData(0xff0000, 0xff00, 0xff));
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                data.setPixel(x, y, picture.getRGB(x, y) & 0xffffff);
            }
        }
        if (framebufferImage != null) {
            framebufferImage.dispose();
        }
        framebufferImage = new Image(getDisplay(), data);
        framebuffer.redraw();
    }

    private void sendInput() {
        if (session == null) {
            return;
        }
        try {
            session.type(input.getText() + "\r");
            input.setText("");
        } catch (IOException e) {
            state.setText("the guest no longer reads its console");
        }
    }

    private void toggleBreakpointAtSelection() {
        int index = disassembly.getSelectionIndex();
        if (index < 0 || session == null || session.running()) {
            return;
        }
        long address = (Long) disassembly.getItem(index).getData();
        if (session.breakpoints().contains(address)) {
            session.removeBreakpoint(address);
        } else {
            session.insertBreakpoint(address);
        }
        showStopped();
    }

    private void addBreakpointFromField() {
        if (addBreakpoint(breakAt.getText())) {
            breakAt.setText("");
        }
    }

    private void launchFromField() {
        String path = guestField.getText().trim();
        try {
            launch(path.isEmpty() ? GuestImage.sample(services.isa()) : GuestImage.load(java.nio.file.Path.of(path), services.isa()));
        } catch (IOException e) {
            state.setText("cannot read " + path + ": " + e.getMessage());
        } catch (org.a64wb.assembler.AssemblyException e) {
            state.setText(e.errors().get(0));
        }
        state.getParent().layout();
    }

    private void browse() {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.S;*.s;*.bin;Image*", "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            guestField.setText(chosen);
        }
    }

    private void close() {
        if (session != null) {
            MachineSession ending = session;
            session = null;
            ending.close();
        }
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Table table(TabFolder tabs, String title, String... columns) {
        TabItem tab = new TabItem(tabs, SWT.NONE);
        tab.setText(title);
        Composite holder = new Composite(tabs, SWT.NONE);
        holder.setLayout(new FillLayout());
        Table table = new Table(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setFont(JFaceResources.getTextFont());
        for (String column : columns) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column);
            c.setWidth(column.isEmpty() ? 36 : column.equals("Instruction") || column.equals("Value") ? 300 : 140);
        }
        tab.setControl(holder);
        return table;
    }
}
