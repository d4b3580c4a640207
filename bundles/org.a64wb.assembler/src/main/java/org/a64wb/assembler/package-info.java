/** The A64 assembler: {@link org.a64wb.assembler.Assembler} and the {@code a64:asm} command. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.a64wb.assembler;
