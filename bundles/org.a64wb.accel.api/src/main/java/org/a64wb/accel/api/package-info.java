/**
 * The accelerator SPI, shaped like HVF and KVM: a VM with RAM slots and vCPUs whose {@code run()}
 * returns an exit carrying the ESR_EL2 syndrome exactly as the Arm ARM defines it, registers by
 * KVM's arm64 ids. Hypervisor bundles use only this, so a real HVF/KVM backend can plug in.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.accel.api;
