/**
 * The MMIO contract between devices and the machine: a device is an {@link org.a64wb.board.api.mmio.MmioDevice}
 * (reads and writes at an offset of its register window), mapped on the machine's
 * {@link org.a64wb.board.api.mmio.MmioBus}, which the hypervisor's data-abort handlers serve. Kept apart from
 * {@code org.a64wb.board.api} so that the hypervisor needs no device-tree or board types.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.a64wb.board.api.mmio;
