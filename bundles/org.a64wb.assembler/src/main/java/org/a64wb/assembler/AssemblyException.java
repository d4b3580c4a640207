package org.a64wb.assembler;

import java.util.List;

/** Assembly failed; {@link #errors()} lists every problem as {@code file:line:column: message}. */
public final class AssemblyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public AssemblyException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
