package org.a64wb.isa.access;

import org.osgi.annotation.versioning.ConsumerType;

/** The registers a load or store reads and writes. Only the registers the instruction names are asked for. */
@ConsumerType
public interface RegisterPort {

    /** Xn; n = 31 reads as zero (XZR: a transfer or offset register). */
    long x(int n);

    /** Xn = value; n = 31 (XZR) discards. */
    void setX(int n, long value);

    /** The current stack pointer (base register 31). */
    long sp();

    void setSp(long value);

    /** Address of the instruction (PC-relative literal loads). */
    long pc();

    /** V{n} bits 63:0. */
    long vLow(int n);

    /** V{n} bits 127:64. */
    long vHigh(int n);

    /** V{n} = high:low (all 128 bits). */
    void setV(int n, long low, long high);
}
