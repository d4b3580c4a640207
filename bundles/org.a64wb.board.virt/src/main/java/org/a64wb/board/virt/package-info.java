/** The virt board (the Board service "virt"): memory map, DTB, kernel loader, boot, fallback sysreg/WFx handlers, its command line. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.a64wb.board.virt;
