/**
 * The A64 instruction semantics: one interface per encoding group, each implementing that group's
 * generated semantics interface with default methods over an {@link org.a64wb.emulator.semantics.Execution}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.emulator.semantics;
