package org.a64wb.shell;

import java.util.List;

import org.a64wb.isa.api.InstructionSets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands of the a64 scope; the CLI runs the same commands through the shell's command processor. */
@Component(service = A64Commands.class, property = {
    "osgi.command.scope=a64",
    "osgi.command.function=disasm",
    "osgi.command.function=decode",
    "osgi.command.function=isa",
    ShellCommands.SUMMARY + "disasm=disassemble A64 words",
    ShellCommands.USAGE + "disasm=" + Disassembly.DISASM_USAGE,
    ShellCommands.SUMMARY + "decode=fields, class, memory access of a word",
    ShellCommands.USAGE + "decode=" + Disassembly.DECODE_USAGE,
    ShellCommands.SUMMARY + "isa=active instruction sets, rejected contributions",
    ShellCommands.USAGE + "isa=usage: isa"})
public final class A64Commands {

    private final Disassembly disassembly;

    @Activate
    public A64Commands(@Reference InstructionSets sets) {
        this.disassembly = new Disassembly(sets);
    }

    /** a64:disasm --words W... | --words-file FILE | [--base ADDR] FILE.bin */
    public void disasm(String... args) {
        disassembly.disasm(List.of(args), System.out);
    }

    /** a64:decode WORD... shows encoding, class, feature, fields and memory access. */
    public void decode(String... args) {
        disassembly.decode(List.of(args), System.out);
    }

    /** a64:isa lists the active instruction sets and rejected contributions. */
    public void isa() {
        disassembly.isa(System.out);
    }
}
