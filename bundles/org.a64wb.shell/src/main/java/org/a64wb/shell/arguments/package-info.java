/** How CLI arguments reach Gogo commands, and how a command's exit status reaches the CLI. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.a64wb.shell.arguments;
