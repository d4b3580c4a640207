/** Architectural state of one A64 processing element and the exceptions its instructions raise. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.emulator.cpu;
