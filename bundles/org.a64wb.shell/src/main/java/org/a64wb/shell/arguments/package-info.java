/** How CLI arguments reach Gogo commands. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.a64wb.shell.arguments;
