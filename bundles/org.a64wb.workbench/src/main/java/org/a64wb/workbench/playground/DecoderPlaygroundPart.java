package org.a64wb.workbench.playground;

import org.a64wb.isa.api.InstructionSets;
import org.a64wb.workbench.Samples;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** The decoder playground as an e4 part, over the platform's active instruction sets. */
public final class DecoderPlaygroundPart {

    private DecoderPlayground playground;

    @PostConstruct
    public void create(Composite parent, @Optional @Service InstructionSets sets) {
        parent.setLayout(new FillLayout());
        playground = new DecoderPlayground(parent, sets);
        playground.setInput(Samples.PLAYGROUND);
    }

    @Focus
    public void focus() {
        playground.input().setFocus();
    }

    public DecoderPlayground playground() {
        return playground;
    }
}
