/**
 * The one load/store executor: runs a spec memory-access descriptor ({@link org.a64wb.isa.api.MemoryAccess})
 * over a {@link org.a64wb.isa.access.RegisterPort} and a {@link org.a64wb.isa.access.MemoryPort}. The emulator
 * plugs in its CPU and RAM, the ISV=0 data-abort handler its lazy vCPU registers and the MMIO bus.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.isa.access;
