package org.a64wb.board.api;

import java.io.InputStream;
import java.io.PrintStream;

/** The machine's console streams: what a UART receives comes from {@code in}, what it transmits goes to {@code out}. */
public record Console(InputStream in, PrintStream out) {
}
