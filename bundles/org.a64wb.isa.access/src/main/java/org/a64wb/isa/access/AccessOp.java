package org.a64wb.isa.access;

import org.a64wb.isa.api.MemoryAccess;

/**
 * A memory-access descriptor prepared for {@link LoadStoreExecutor}: the descriptor's values flattened
 * into fields, and its {@link #shape} (which of the executor's paths runs it). Build one per decoded
 * instruction and cache it (a decode cache, a compiled block's constants): it depends only on the word.
 * A record, so a JIT that sees a constant one folds its fields.
 *
 * @param registers transfer registers in architectural order (shared: do not modify)
 * @param rs        status register of a store-exclusive, or the compare/source register of an atomic; -1 otherwise
 * @param aligned   the access must be aligned to its total size (exclusives, atomics, acquire/release)
 * @param w32       the transfer registers are W registers (a load zeroes bits 63:32)
 */
public record AccessOp(MemoryAccess access, int shape, int size, int rt, int rt2, int rs, int[] registers, int base,
        int offset, long imm, int rm, int extend, int shift, int writeback, boolean signed, boolean w32, boolean aligned,
        int atomic) {

    /** Prefetch: no architectural effect, never faults. */
    public static final int NONE = 0;
    /** One general-purpose register (LDR/LDUR/LDTR/LDAR/LDAPR/LDAPUR and sign-extending forms; literal). */
    public static final int LOAD = 1;
    public static final int STORE = 2;
    /** Two general-purpose registers at consecutive addresses (LDP/LDNP/LDPSW, STP/STNP). */
    public static final int LOAD_PAIR = 3;
    public static final int STORE_PAIR = 4;
    /** LDXR/LDAXR/LDXP/LDAXP. */
    public static final int LOAD_EXCLUSIVE = 5;
    /** STXR/STLXR/STXP/STLXP. */
    public static final int STORE_EXCLUSIVE = 6;
    /** LD&lt;op&gt;/ST&lt;op&gt;/SWP. */
    public static final int ATOMIC = 7;
    public static final int CAS = 8;
    public static final int CASP = 9;
    /** LD1..LD4/ST1..ST4 (multiple, lane, replicate), element by element. */
    public static final int ELEMENTS = 10;
    /** One or two whole SIMD&FP registers as B/H/S/D/Q (LDR/LDUR/LDP/LDNP, literal). */
    public static final int SIMD_FP_LOAD = 11;
    public static final int SIMD_FP_STORE = 12;

    /** {@link #offset}: how the address is formed from the base. */
    public static final int OFFSET_NONE = 0;
    public static final int OFFSET_IMMEDIATE = 1;
    public static final int OFFSET_REGISTER = 2;
    public static final int OFFSET_LITERAL = 3;

    /** {@link #writeback}. */
    public static final int NO_WRITEBACK = 0;
    public static final int PRE = 1;
    public static final int POST = 2;

    /** {@link #atomic}: MemAtomicOp (Arm ARM C6.2 LDADD ... SWP). */
    public static final int ADD = 0;
    public static final int CLR = 1;
    public static final int EOR = 2;
    public static final int SET = 3;
    public static final int SMAX = 4;
    public static final int SMIN = 5;
    public static final int UMAX = 6;
    public static final int UMIN = 7;
    public static final int SWP = 8;

    /** Prepares a descriptor. */
    public static AccessOp of(MemoryAccess m) {
        int[] regs = m.registers();
        boolean gpr = m.kind() == MemoryAccess.RegisterKind.X || m.kind() == MemoryAccess.RegisterKind.W;
        boolean load = m.direction() == MemoryAccess.Direction.LOAD;
        int shape;
        int rt = regs.length > 0 ? regs[0] : -1;
        int rt2 = regs.length > 1 ? regs[1] : -1;
        int rs = m.statusRegister();
        int atomic = -1;
        if (m.direction() == MemoryAccess.Direction.PREFETCH) {
            shape = NONE;
        } else if (m.kind() == MemoryAccess.RegisterKind.V) {
            shape = ELEMENTS;
        } else if (!gpr) {
            shape = load ? SIMD_FP_LOAD : SIMD_FP_STORE;
        } else if (m.atomic() != MemoryAccess.AtomicOp.NONE) {
            rs = regs[0];
            switch (m.atomic()) {
                case CAS -> {
                    shape = regs.length == 4 ? CASP : CAS;
                    rt = regs.length == 4 ? regs[2] : regs[1];
                }
                default -> {
                    shape = ATOMIC;
                    rt = regs[1];
                    atomic = m.atomic().ordinal() - MemoryAccess.AtomicOp.ADD.ordinal();
                }
            }
            rt2 = -1;
        } else if (m.exclusive()) {
            shape = load ? LOAD_EXCLUSIVE : STORE_EXCLUSIVE;
        } else if (regs.length == 2) {
            shape = load ? LOAD_PAIR : STORE_PAIR;
        } else {
            shape = load ? LOAD : STORE;
        }
        int offset = switch (m.offset()) {
            case IMMEDIATE -> OFFSET_IMMEDIATE;
            case REGISTER -> OFFSET_REGISTER;
            case LITERAL -> OFFSET_LITERAL;
            case NONE -> OFFSET_NONE;
        };
        int writeback = switch (m.writeback()) {
            case PRE -> PRE;
            case POST -> POST;
            case NONE -> NO_WRITEBACK;
        };
        boolean aligned = gpr && (m.acquire() || m.release() || m.exclusive() || m.atomic() != MemoryAccess.AtomicOp.NONE);
        return new AccessOp(m, shape, m.elementBytes(), rt, rt2, rs, regs, m.baseRegister(), offset, m.immediate(),
                m.offsetRegister(), m.extend(), m.shift(), writeback, m.signExtend(), m.kind() == MemoryAccess.RegisterKind.W,
                aligned, atomic);
    }
}
