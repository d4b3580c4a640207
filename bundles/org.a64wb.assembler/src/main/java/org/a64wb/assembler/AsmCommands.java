package org.a64wb.assembler;

import java.util.List;

import org.a64wb.isa.api.InstructionSets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo command {@code a64:asm IN.s -o OUT [--flat] [--base ADDR]}, assembling with the active instruction sets. */
@Component(service = AsmCommands.class, property = {
    "osgi.command.scope=a64",
    "osgi.command.function=asm",
    "a64.summary.asm=assemble to a static ELF64 (or a flat binary)",
    "a64.usage.asm=" + AsmCommand.USAGE})
public final class AsmCommands {

    private final InstructionSets sets;

    @Activate
    public AsmCommands(@Reference InstructionSets sets) {
        this.sets = sets;
    }

    /** a64:asm IN.s -o OUT [--flat] [--base ADDR] */
    public void asm(String... args) {
        AsmCommand.run(sets.active(), List.of(args), System.out);
    }
}
