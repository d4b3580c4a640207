/** How CLI arguments reach Gogo commands, how a command's exit status reaches the CLI, and file problems in a Unix tool's words. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.a64wb.shell.arguments;
