/**
 * System-register encodings (op0, op1, CRn, CRm, op2) in one type, so the decoder's names, the
 * emulator's table, the accelerator's KVM register ids, EC 0x18 syndromes and trap-handler filters
 * all pack and spell them the same way; the descriptors of the spec's system registers and SYS operations.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.isa.api.sysreg;
