/**
 * Stage-1 address translation of the EL1&0 regime (Arm ARM D8, VMSAv8-64): the page-table walker and the
 * per-vCPU MMU with its software TLB, TLBI and AT. The interpreter and the compiled blocks consult it inline.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.emulator.mmu;
