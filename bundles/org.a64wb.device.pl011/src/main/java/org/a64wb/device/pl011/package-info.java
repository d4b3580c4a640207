/** The PL011 UART device contribution. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.a64wb.device.pl011;
