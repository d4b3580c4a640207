/**
 * PSCI 1.1 and SMCCC 1.1 as the VMM's emulated firmware behind the board's conduit: function ids and
 * return codes ({@link org.a64wb.hypervisor.psci.Psci}, {@link org.a64wb.hypervisor.psci.Smccc}) and the
 * logic ({@link org.a64wb.hypervisor.psci.PsciFirmware}) the contributed trap handlers run.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.hypervisor.psci;
