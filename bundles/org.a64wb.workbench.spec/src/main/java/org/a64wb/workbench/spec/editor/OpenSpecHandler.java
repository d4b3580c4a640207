package org.a64wb.workbench.spec.editor;

import org.a64wb.workbench.spec.SpecLocation;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File > Open Spec...: a file dialog on the spec directory; the chosen file opens in the spec editor. */
public final class OpenSpecHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, IEventBroker events) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Spec");
        dialog.setFilterExtensions(new String[] {"*.a64", "*"});
        dialog.setFilterPath(SpecDirectory.find().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            events.post(SpecLocation.OPEN_TOPIC, new SpecLocation(chosen, 1));
        }
    }
}
