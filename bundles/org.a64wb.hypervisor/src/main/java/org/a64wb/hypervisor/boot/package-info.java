/** What a file given as a guest kernel is, checked before a machine is built for it. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.hypervisor.boot;
