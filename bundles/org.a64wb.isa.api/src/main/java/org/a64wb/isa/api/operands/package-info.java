/**
 * Functions that generated decoders call from spec expressions and syntax templates: arithmetic with
 * the Arm ARM's pseudocode meaning, and A64 operand spelling as llvm-mc prints it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.isa.api.operands;
