package org.a64wb.spec.template;

/** A template that cannot be parsed; the offset is into the template text. */
public class TemplateSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public TemplateSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
