package org.a64wb.hypervisor.api;

import java.util.List;

/**
 * A vCPU's registers as a handler sees them: each one is fetched from the accelerator on first use;
 * writes are kept until the handler returns and then written back, only for registers that changed.
 * A write the accelerator rejects is reported and never leaves this view different from what the
 * guest sees (seed 001: sync back only what was accepted).
 */
public interface VcpuRegisters {

    long x(int n);

    /** Writes Xn; n = 31 (XZR) is ignored. */
    void setX(int n, long value);

    long pc();

    void setPc(long value);

    long get(long id);

    /** V{n} as {low, high}, fetched on first use. */
    long[] vector(int n);

    /** Sets V{n}; written back with the other changed registers. */
    void setVector(int n, long low, long high);

    void set(long id, long value);

    /** Registers read through this view (for tests and statistics). */
    List<Long> fetched();

    /** Writes the changed registers back; returns the ids the accelerator rejected (their values are re-read). */
    List<Long> writeBack();
}
