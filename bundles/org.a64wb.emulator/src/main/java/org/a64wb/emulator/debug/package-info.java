/**
 * Self-hosted debug (Arm ARM D2 "AArch64 Self-hosted Debug"): when debug exceptions are enabled, the
 * breakpoint and watchpoint comparisons, and the software step state machine. The interpreter asks here
 * around each instruction, and the memory port of its loads and stores before each access, only while
 * {@link org.a64wb.emulator.cpu.Cpu#debugArmed} says that something could match.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.emulator.debug;
