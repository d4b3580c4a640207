package org.a64wb.example.workbenchpart;

import org.a64wb.isa.api.InstructionSets;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** A contributed command's handler: Tools > Count encodings shows the counts in a dialog. */
public final class CountEncodingsHandler {

    @CanExecute
    public boolean canExecute(@Optional @Service InstructionSets sets) {
        return sets != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, @Service InstructionSets sets) {
        MessageDialog.openInformation(shell, "Encoding counts", EncodingCounts.summary(sets));
    }
}
