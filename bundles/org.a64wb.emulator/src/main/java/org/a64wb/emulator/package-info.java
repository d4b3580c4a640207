/** The interpreter: runs A64 code on a {@link org.a64wb.emulator.cpu.Cpu} and guest memory with a per-page decode cache. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.emulator;
