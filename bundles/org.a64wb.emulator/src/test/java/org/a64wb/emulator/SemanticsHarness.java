package org.a64wb.emulator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.semantics.Execution;
import org.a64wb.isa.a64.A64Decoder;
import org.a64wb.isa.a64.A64Operations;

/**
 * Runs single words against one group's semantics before the whole executor exists: decodes the
 * word with the generated decoder and calls the group's method that the generated operation table
 * names (the encoding's operation, or its own method) with the table's arguments.
 * Extend it with {@code implements YourGroupExecution}.
 */
public abstract class SemanticsHarness implements Execution {

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
        int id = A64Decoder.decode(instruction);
        if (id < 0) {
            throw new IllegalArgumentException(String.format("%08x is unallocated", instruction));
        }
        String name = A64Operations.method(id);
        String descriptor = A64Operations.descriptor(id);
        long[] values = A64Operations.arguments(id, instruction);
        Class<?>[] types = new Class<?>[values.length];
        Object[] args = new Object[values.length];
        for (int a = 0; a < values.length; a++) {
            switch (descriptor.charAt(a + 1)) {
                case 'J' -> {
                    types[a] = long.class;
                    args[a] = values[a];
                }
                case 'Z' -> {
                    types[a] = boolean.class;
                    args[a] = values[a] != 0;
                }
                default -> {
                    types[a] = int.class;
                    args[a] = (int) values[a];
                }
            }
        }
        Method method;
        try {
            method = getClass().getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no method " + name + descriptor + " for " + String.format("%08x", instruction));
        }
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
        if (cpu.pendingAbort.pending) {
            // As the interpreter run by a caller that takes aborts as exceptions.
            throw cpu.pendingAbort.take();
        }
        cpu.pc = cpu.nextPc;
        cpu.instructions++;
    }
}
