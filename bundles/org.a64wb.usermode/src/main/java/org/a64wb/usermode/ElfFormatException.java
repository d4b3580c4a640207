package org.a64wb.usermode;

/** A file that cannot run as a static AArch64 Linux executable; the message is one line for the user. */
public final class ElfFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public ElfFormatException(String message) {
        super(message);
    }
}
