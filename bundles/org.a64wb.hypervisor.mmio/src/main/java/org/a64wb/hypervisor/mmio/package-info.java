/**
 * MMIO data-abort handling (EC 0x24) for the hypervisor: ISV=1 accesses performed from the
 * syndrome, ISV=0 accesses emulated from the spec's memory-access descriptors for allowlisted
 * instructions, and the allowlist extension point (extender over {@code a64.allowlist} capabilities).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.hypervisor.mmio;
