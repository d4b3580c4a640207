/**
 * Flattened device trees (Devicetree Specification v0.4, chapter 5 "Flattened Devicetree (DTB) Format"):
 * {@link org.a64wb.fdt.FdtNode} trees assembled from contributions, written by {@link org.a64wb.fdt.FdtWriter}
 * and read back by {@link org.a64wb.fdt.FdtReader}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.fdt;
