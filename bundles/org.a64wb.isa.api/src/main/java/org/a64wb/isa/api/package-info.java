/** The instruction-set extension point: what a contributed instruction set offers to the platform. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.isa.api;
