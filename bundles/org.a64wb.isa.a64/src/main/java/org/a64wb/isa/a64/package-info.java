/**
 * The A64 base instruction set, generated from isa-spec/: decoder, disassembler, memory-access
 * descriptors, and the semantics interfaces an execution engine implements.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.isa.a64;
