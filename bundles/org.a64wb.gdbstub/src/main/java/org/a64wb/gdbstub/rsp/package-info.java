/**
 * The GDB Remote Serial Protocol's packet layer (GDB manual, appendix "Remote Protocol", sections
 * "Overview" and "Packet Acknowledgment"): {@code $data#cc} framing with the modulo-256 checksum,
 * {@code }} escaping, run-length decoding, {@code +}/{@code -} acknowledgments and no-ack mode, and
 * the out-of-band Ctrl-C (0x03) interrupt. It knows nothing of what the packets mean.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.gdbstub.rsp;
