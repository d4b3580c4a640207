/**
 * The A64 base instruction set, generated from isa-spec/: decoder, disassembler, memory-access
 * descriptors, the semantics interfaces an execution engine implements, and the table of system registers
 * and SYS operations (A64SystemRegisters).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.isa.a64;
