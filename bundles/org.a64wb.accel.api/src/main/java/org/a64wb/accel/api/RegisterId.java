package org.a64wb.accel.api;

import org.a64wb.isa.api.sysreg.SysregEncoding;

/**
 * Register ids in KVM's arm64 encoding (Linux arch/arm64/include/uapi/asm/kvm.h and
 * Documentation/virt/kvm/api.rst "ARM64 registers"), so logs and tools speak KVM's language:
 * {@code KVM_REG_ARM64 | size | KVM_REG_ARM_CORE | offset-in-kvm_regs/4} for core registers,
 * {@code KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM64_SYSREG | op0<<14 | op1<<11 | CRn<<7 | CRm<<3 | op2}
 * (the {@link SysregEncoding#pack() packed encoding}) for system registers.
 */
public final class RegisterId {

    private RegisterId() {
    }

    public static final long KVM_REG_ARM64 = 0x6000000000000000L;
    public static final long SIZE_U32 = 0x0020000000000000L;
    public static final long SIZE_U64 = 0x0030000000000000L;
    public static final long SIZE_U128 = 0x0040000000000000L;
    public static final long CORE = 0x0010L << 16;
    public static final long SYSREG = 0x0013L << 16;

    /** struct kvm_regs: user_pt_regs {regs[31], sp, pc, pstate}, sp_el1, elr_el1, spsr[5], fp_regs {vregs[32], fpsr, fpcr}. */
    private static long core(long size, long byteOffset) {
        return KVM_REG_ARM64 | size | CORE | (byteOffset / 4);
    }

    public static long x(int n) {
        if (n < 0 || n > 30) {
            throw new IllegalArgumentException("x" + n);
        }
        return core(SIZE_U64, 8L * n);
    }

    public static final long SP = core(SIZE_U64, 8 * 31);
    public static final long PC = core(SIZE_U64, 8 * 32);
    public static final long PSTATE = core(SIZE_U64, 8 * 33);
    public static final long SP_EL1 = core(SIZE_U64, 8 * 34);
    public static final long ELR_EL1 = core(SIZE_U64, 8 * 35);
    public static final long SPSR_EL1 = core(SIZE_U64, 8 * 36);
    /** fp_regs holds __uint128_t vregs, so it starts 16-byte aligned after spsr[5]. */
    private static final long VREGS = (8 * 36 + 8 * 5 + 15) / 16 * 16;
    public static final long FPSR = core(SIZE_U32, VREGS + 16 * 32);
    public static final long FPCR = core(SIZE_U32, VREGS + 16 * 32 + 4);

    public static long v(int n) {
        if (n < 0 || n > 31) {
            throw new IllegalArgumentException("v" + n);
        }
        return core(SIZE_U128, VREGS + 16L * n);
    }

    public static long sysreg(int op0, int op1, int crn, int crm, int op2) {
        return sysreg(new SysregEncoding(op0, op1, crn, crm, op2));
    }

    public static long sysreg(SysregEncoding encoding) {
        return KVM_REG_ARM64 | SIZE_U64 | SYSREG | encoding.pack();
    }

    public static boolean isSysreg(long id) {
        return (id & 0xffffL << 16) == SYSREG;
    }

    /** The packed encoding of a system-register id ({@link SysregEncoding#pack()}). */
    public static int sysregKey(long id) {
        return (int) (id & 0xffff);
    }

    /** The encoding of a system-register id. */
    public static SysregEncoding sysregEncoding(long id) {
        return SysregEncoding.unpack(sysregKey(id));
    }

    public static final long MIDR_EL1 = sysreg(3, 0, 0, 0, 0);
    public static final long MPIDR_EL1 = sysreg(3, 0, 0, 0, 5);
    public static final long SCTLR_EL1 = sysreg(3, 0, 1, 0, 0);
    public static final long VBAR_EL1 = sysreg(3, 0, 12, 0, 0);
    public static final long ESR_EL1 = sysreg(3, 0, 5, 2, 0);
    public static final long FAR_EL1 = sysreg(3, 0, 6, 0, 0);
    public static final long TPIDR_EL0 = sysreg(3, 3, 13, 0, 2);

    /** A readable name: x3, sp, pc, pstate, v7, MIDR_EL1 (for the ones above) or S3_0_C1_C0_0. */
    public static String name(long id) {
        if (isSysreg(id)) {
            if (id == MIDR_EL1) return "MIDR_EL1";
            if (id == MPIDR_EL1) return "MPIDR_EL1";
            if (id == SCTLR_EL1) return "SCTLR_EL1";
            if (id == VBAR_EL1) return "VBAR_EL1";
            if (id == ESR_EL1) return "ESR_EL1";
            if (id == FAR_EL1) return "FAR_EL1";
            if (id == TPIDR_EL0) return "TPIDR_EL0";
            return sysregEncoding(id).toString();
        }
        for (int n = 0; n <= 30; n++) {
            if (id == x(n)) return "x" + n;
        }
        for (int n = 0; n <= 31; n++) {
            if (id == v(n)) return "v" + n;
        }
        if (id == SP) return "sp";
        if (id == PC) return "pc";
        if (id == PSTATE) return "pstate";
        if (id == SP_EL1) return "sp_el1";
        if (id == ELR_EL1) return "elr_el1";
        if (id == SPSR_EL1) return "spsr_el1";
        if (id == FPSR) return "fpsr";
        if (id == FPCR) return "fpcr";
        return String.format("0x%016x", id);
    }
}
