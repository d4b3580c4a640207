/** Exit dispatch to contributed trap handlers, lazy register sync, the MMIO bus and the machine runner. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.hypervisor.dispatch;
