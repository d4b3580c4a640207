/**
 * The GDB remote stub proper: the commands of the Remote Serial Protocol (GDB manual, "Packets",
 * "General Query Packets", "Stop Reply Packets") answered from a {@link org.a64wb.gdbstub.target.DebugTarget},
 * and the session that runs them over one connection.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.gdbstub.server;
