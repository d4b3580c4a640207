/**
 * User-mode runner: loads static AArch64 Linux executables into guest RAM, builds the initial
 * process stack, and serves Linux system calls while the interpreter runs the program (the way
 * qemu-aarch64 does).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.usermode;
