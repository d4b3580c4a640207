package org.a64wb.emulator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.semantics.Execution;
import org.a64wb.isa.a64.A64InstructionSet;
import org.a64wb.isa.api.DecodedInstruction;

/**
 * Runs single words against one group's semantics before the whole executor exists: decodes the
 * word with the generated decoder and calls the group's method of the same name with its fields.
 * Extend it with {@code implements YourGroupExecution}.
 */
public abstract class SemanticsHarness implements Execution {

    private static final A64InstructionSet A64 = new A64InstructionSet();

    protected final Cpu cpu = new Cpu();
    protected final PhysicalMemory memory = new PhysicalMemory();
    private int word;

    @Override
    public Cpu cpu() {
        return cpu;
    }

    @Override
    public Memory memory() {
        return memory;
    }

    @Override
    public int word() {
        return word;
    }

    /** Executes one word at the current PC and advances PC as the interpreter would. */
    public void execute(int instruction) {
        DecodedInstruction decoded = A64.decodeInstruction(instruction)
                .orElseThrow(() -> new IllegalArgumentException(String.format("%08x is unallocated", instruction)));
        String name = decoded.encoding().name();
        Map<String, Long> fields = decoded.fields();
        Method method = null;
        for (Method candidate : getClass().getMethods()) {
            if (candidate.getName().equals(name) && candidate.getParameterCount() == fields.size()) {
                method = candidate;
            }
        }
        if (method == null) {
            throw new IllegalArgumentException("no method " + name + " for " + String.format("%08x", instruction));
        }
        Object[] args = fields.values().stream().map(Long::intValue).toArray();
        word = instruction;
        cpu.nextPc = cpu.pc + 4;
        try {
            method.invoke(this, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        cpu.pc = cpu.nextPc;
        cpu.instructions++;
    }
}
