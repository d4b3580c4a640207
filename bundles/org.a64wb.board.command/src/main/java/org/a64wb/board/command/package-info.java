/** The {@code a64:run} command: the board named by {@code --board} boots and runs. */
package org.a64wb.board.command;
