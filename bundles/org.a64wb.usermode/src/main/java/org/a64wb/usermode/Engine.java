package org.a64wb.usermode;

/**
 * Runs guest instructions until one raises a {@link org.a64wb.emulator.cpu.GuestException} or
 * {@link org.a64wb.emulator.memory.MemoryAbort}, as {@code Interpreter::run} does; PC then addresses
 * the instruction that raised it.
 */
@FunctionalInterface
public interface Engine {

    /** Executes up to {@code limit} instructions and returns how many completed. */
    long run(long limit);
}
