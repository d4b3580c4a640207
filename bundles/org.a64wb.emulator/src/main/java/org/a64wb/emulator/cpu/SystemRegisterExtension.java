package org.a64wb.emulator.cpu;

/**
 * System registers provided outside the engine's own table, by whoever hosts a device the PE reaches
 * through MRS/MSR (the GICv3 CPU interface's ICC_*_EL1). Consulted only for encodings the table does not
 * have, and only at EL1 (every such register here has op1 = 0). An implementation may also throw to
 * stop execution at the instruction (an accelerator that forwards the access to its VMM).
 */
public interface SystemRegisterExtension {

    /** Whether MRS ({@code read}) or MSR of the register with this packed encoding exists; if not, it is UNDEFINED. */
    boolean provides(int key, boolean read);

    /** MRS into X{@code rt} (rt names the register for implementations that forward the access). */
    long read(int key, int rt);

    /** MSR from X{@code rt}. */
    void write(int key, int rt, long value);
}
