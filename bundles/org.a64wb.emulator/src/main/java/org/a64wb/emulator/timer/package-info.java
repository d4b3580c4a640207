/** The generic timer (Arm ARM D11): the system counter from host monotonic time and each PE's EL1 timers. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.emulator.timer;
