package org.a64wb.accel.api;

/**
 * The accelerator refused a register write (unknown register, read-only or constant such as
 * MIDR_EL1 with another value). The guest-visible value did not change; callers must not update
 * their own copy (seed 001's rule).
 */
public final class RegisterWriteRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final long id;

    public RegisterWriteRejected(long id, String reason) {
        super(RegisterId.name(id) + ": " + reason);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
