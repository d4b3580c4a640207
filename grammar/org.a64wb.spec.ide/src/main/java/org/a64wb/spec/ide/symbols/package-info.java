/** Document symbols (the outline) of a spec. */
package org.a64wb.spec.ide.symbols;
