/**
 * Extension point "instruction-set semantics": a bundle that contributes an instruction set (an
 * {@link org.a64wb.isa.api.InstructionSet} extending A64) also contributes how its words execute, as an
 * {@link org.a64wb.emulator.extension.InstructionSetSemantics} service named after the set. The
 * interpreter and the block compiler reach them for words A64 leaves unallocated.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.emulator.extension;
