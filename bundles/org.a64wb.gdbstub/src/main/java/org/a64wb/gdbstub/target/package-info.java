/**
 * What a debugger sees of a machine, independent of the wire protocol: threads (guest threads in
 * user mode, vCPUs in system mode), AArch64 registers in gdb's numbering with the target description
 * that names them, memory at the CPU's virtual addresses, breakpoints and watchpoints, resumption per
 * thread and the stop events that end it. Both runtimes implement {@link org.a64wb.gdbstub.target.DebugTarget}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.gdbstub.target;
