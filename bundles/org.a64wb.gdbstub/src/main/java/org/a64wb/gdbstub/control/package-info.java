/**
 * All-stop execution control shared by the runtimes: every thread that executes guest code (a guest
 * thread, a vCPU) passes a checkpoint before each run of instructions, where it parks while the
 * target is stopped, finds breakpoints and finished steps, and learns how many instructions it may
 * run. Watchpoints are reported by the memory path through {@link org.a64wb.gdbstub.control.AllStopControl#hits}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.gdbstub.control;
