package org.a64wb.example.workbenchpart;

import java.util.Map;

import org.a64wb.isa.api.InstructionClass;
import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.InstructionSets;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;

/** A contributed part: the active instruction sets' encodings counted by class. */
public final class EncodingCountsPart {

    private Table table;

    @PostConstruct
    public void create(Composite parent, @Optional @Service InstructionSets sets) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String title : new String[] {"Set", "Class", "Encodings"}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(120);
        }
        if (sets == null) {
            return;
        }
        for (InstructionSet set : sets.active()) {
            for (Map.Entry<InstructionClass, Integer> count : EncodingCounts.of(set).entrySet()) {
                new TableItem(table, SWT.NONE).setText(new String[] {set.name(), count.getKey().toString(), count.getValue().toString()});
            }
        }
    }

    public Table table() {
        return table;
    }
}
