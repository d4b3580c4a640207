/** Guest physical memory made of RAM slots, as KVM memory slots; accesses outside every slot abort. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.emulator.memory;
