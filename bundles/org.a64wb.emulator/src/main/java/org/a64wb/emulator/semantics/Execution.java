package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.isa.a64.A64Decoder;
import org.a64wb.isa.a64.A64MemoryAccesses;
import org.a64wb.isa.access.AccessOp;

/**
 * What instruction semantics see while one instruction executes: the PE state, memory, and the
 * word being executed. Semantics never throw Java exceptions for guest behaviour: they raise
 * architectural exceptions through the helpers here.
 */
public interface Execution {

    Cpu cpu();

    Memory memory();

    /** The instruction word being executed. */
    int word();

    /**
     * The current instruction's load/store, prepared for the shared executor. This default decodes the
     * word; an executor that runs from a decode cache returns the cached one.
     */
    default AccessOp access() {
        int word = word();
        return AccessOp.of(A64MemoryAccesses.describe(A64Decoder.decode(word), word));
    }

    /**
     * The registers and memory as the shared load/store executor sees them. A read or write there that no RAM
     * backs may return without effect and with {@code aborted()} true (the abort is pending in the CPU):
     * semantics that use the port stop the instruction then, as the executor does.
     */
    default EmulatorPorts ports() {
        return new EmulatorPorts(this);
    }

    /** UNDEFINED (EC 0x00) for the current instruction. */
    default GuestException undefined(String why) {
        Cpu cpu = cpu();
        return new GuestException(GuestException.Kind.UNDEFINED, cpu.pc, word(), 0, 0, cpu.pc, why);
    }

    /** An exception whose preferred return address is the next instruction (SVC, HVC, SMC). */
    default GuestException call(GuestException.Kind kind, long immediate) {
        Cpu cpu = cpu();
        return new GuestException(kind, cpu.pc, word(), immediate, 0, cpu.pc + 4, null);
    }

    /** An exception whose preferred return address is the instruction itself (BRK, HLT, WFI ...). */
    default GuestException trap(GuestException.Kind kind, long immediate) {
        Cpu cpu = cpu();
        return new GuestException(kind, cpu.pc, word(), immediate, 0, cpu.pc, null);
    }

    /** Alignment fault when {@code address} is not a multiple of {@code size} (exclusives, atomics, acquire/release). */
    default void requireAlignment(long address, int size) {
        if ((address & (size - 1)) != 0) {
            Cpu cpu = cpu();
            throw new GuestException(GuestException.Kind.ALIGNMENT_FAULT, cpu.pc, word(), 0, address, cpu.pc,
                    String.format("%d-byte access at 0x%x must be aligned", size, address));
        }
    }
}
