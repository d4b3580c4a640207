/** The virt board: memory map, DTB, kernel loader, boot, fallback sysreg/WFx handlers, the run entry point. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.board.virt;
