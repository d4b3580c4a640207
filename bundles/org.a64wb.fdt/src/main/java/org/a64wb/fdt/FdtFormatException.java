package org.a64wb.fdt;

/** A blob that is not a valid flattened devicetree; the message names the offset and the rule broken. */
public final class FdtFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public FdtFormatException(String message) {
        super(message);
    }
}
