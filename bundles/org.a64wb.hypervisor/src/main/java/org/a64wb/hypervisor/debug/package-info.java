/**
 * A machine under gdb (run --gdb): its vCPUs as gdb threads, registers through the accelerator SPI
 * by KVM id, memory at the vCPU's virtual addresses, the VMM's statistics and handlers as monitor commands.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.hypervisor.debug;
