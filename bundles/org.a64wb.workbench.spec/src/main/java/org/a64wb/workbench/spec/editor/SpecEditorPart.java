package org.a64wb.workbench.spec.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.a64wb.workbench.screenshot.SampleReadiness;
import org.a64wb.workbench.spec.SpecLocation;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The spec editor as an e4 part. It opens what is posted on {@link SpecLocation#OPEN_TOPIC} (the ISA explorer's
 * spec links, File > Open Spec...), a relative file against {@link SpecDirectory}, and starts on the base set's
 * loads-and-stores file.
 */
public final class SpecEditorPart {

    static final String FIRST_FILE = "loads-stores.a64";
    private static final String READINESS = "the spec editor's first analysis";

    @Inject
    private MPart part;

    @Inject
    @Optional
    private EPartService parts;

    private SpecEditor editor;

    @PostConstruct
    public void create(Composite parent, @Optional SampleReadiness readiness) {
        parent.setLayout(new FillLayout());
        editor = new SpecEditor(parent);
        Path first = SpecDirectory.find().resolve(FIRST_FILE);
        if (Files.isRegularFile(first)) {
            if (readiness != null) {
                // The picture shows the file coloured, which takes the server's first build of the spec directory.
                readiness.pending(READINESS);
                editor.onAnalysed(() -> readiness.done(READINESS));
            }
            open(new SpecLocation(first.toString(), 1), false);
        }
    }

    @Inject
    @Optional
    public void openRequested(@UIEventTopic(SpecLocation.OPEN_TOPIC) SpecLocation location) {
        if (editor != null && !editor.isDisposed()) {
            open(location, true);
        }
    }

    private void open(SpecLocation location, boolean activate) {
        Path file = SpecDirectory.find().resolve(location.file());
        try {
            if (!file.toAbsolutePath().normalize().equals(editor.file())) {
                editor.open(file);
            }
            editor.revealLine(location.line());
            part.setLabel("Spec: " + file.getFileName());
            if (activate && parts != null) {
                parts.activate(part);
            }
        } catch (IOException e) {
            part.setLabel("Spec editor");
            org.eclipse.jface.dialogs.MessageDialog.openError(editor.getShell(), "Open spec", "Cannot read " + file + ": " + e.getMessage());
        }
    }

    @Focus
    public void focus() {
        editor.viewer().getTextWidget().setFocus();
    }

    public SpecEditor editor() {
        return editor;
    }
}
