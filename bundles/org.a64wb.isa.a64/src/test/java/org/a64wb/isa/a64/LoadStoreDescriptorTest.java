package org.a64wb.isa.a64;

import static org.a64wb.isa.api.MemoryAccess.Direction.LOAD;
import static org.a64wb.isa.api.MemoryAccess.Direction.LOAD_STORE;
import static org.a64wb.isa.api.MemoryAccess.Direction.PREFETCH;
import static org.a64wb.isa.api.MemoryAccess.Direction.STORE;
import static org.a64wb.isa.api.MemoryAccess.RegisterKind.W;
import static org.a64wb.isa.api.MemoryAccess.RegisterKind.X;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.a64wb.isa.api.MemoryAccess;
import org.a64wb.isa.api.MemoryAccess.AtomicOp;
import org.a64wb.isa.api.MemoryAccess.Direction;
import org.a64wb.isa.api.MemoryAccess.RegisterKind;
import org.a64wb.isa.api.MemoryAccess.Writeback;
import org.junit.jupiter.api.Test;

/**
 * Memory-access descriptors of the general-purpose loads and stores. Words were assembled with
 * {@code llvm-mc -triple=aarch64 -mattr=+v8.5a,+lse,+rcpc -show-encoding}; each expectation follows the
 * instruction's decode and operation pseudocode in the Arm ARM (C6.2), not the generated decoder.
 */
class LoadStoreDescriptorTest {

    private final A64InstructionSet isa = new A64InstructionSet();

    private static MemoryAccess.Builder access(Direction direction, RegisterKind kind, int bytes) {
        return MemoryAccess.builder(direction, kind, bytes);
    }

    /** Every component, so that fields the record's toString leaves out are compared too. */
    private static String components(MemoryAccess m) {
        return m.direction() + " " + m.kind() + " " + m.elementBytes() + " regs=" + Arrays.toString(m.registers())
                + " signed=" + m.signExtend() + " base=" + m.baseRegister() + " " + m.offset() + " imm=" + m.immediate()
                + " offreg=" + m.offsetRegister() + " extend=" + m.extend() + " shift=" + m.shift() + " wb=" + m.writeback()
                + " acq=" + m.acquire() + " rel=" + m.release() + " excl=" + m.exclusive() + " atomic=" + m.atomic()
                + " elements=" + m.structureElements() + " lane=" + m.lane() + " replicate=" + m.replicate()
                + " vbytes=" + m.vectorBytes() + " unpriv=" + m.unprivileged() + " nt=" + m.nonTemporal();
    }

    private void check(int word, String text, MemoryAccess.Builder expected) {
        var decoded = isa.decodeInstruction(word);
        assertTrue(decoded.isPresent(), () -> text + " is not decoded");
        var actual = decoded.get().memoryAccess();
        assertTrue(actual.isPresent(), () -> text + " has no memory access");
        assertEquals(components(expected.build()), components(actual.get()), text);
    }

    @Test
    void pairs() {
        // LDP (pre-index): offset = LSL(SignExtend(imm7), 3), address = X[n] + offset, written back.
        check(0xa9c10861, "ldp x1, x2, [x3, #16]!", access(LOAD, X, 8).registers(1, 2).base(3).immediate(16).writeback(Writeback.PRE));
        // LDP 32-bit post-index: the access uses X[n]; X[n] + (-2 << 2) is written back.
        check(0x28ff1be5, "ldp w5, w6, [sp], #-8", access(LOAD, W, 4).registers(5, 6).base(31).postIndexImmediate(-8));
        check(0xa9bf7bfd, "stp x29, x30, [sp, #-16]!", access(STORE, X, 8).registers(29, 30).base(31).immediate(-16).writeback(Writeback.PRE));
        // LDPSW: two 32-bit words, each sign-extended to 64 bits; scale 2.
        check(0x69410440, "ldpsw x0, x1, [x2, #8]", access(LOAD, X, 4).registers(0, 1).signExtend(true).base(2).immediate(8));
        // LDNP: non-temporal hint, no writeback.
        check(0xa86010a3, "ldnp x3, x4, [x5, #-512]", access(LOAD, X, 8).registers(3, 4).base(5).immediate(-512).nonTemporal(true));
        check(0x28000861, "stnp w1, w2, [x3]", access(STORE, W, 4).registers(1, 2).base(3).immediate(0).nonTemporal(true));
    }

    @Test
    void singleRegisterImmediate() {
        // LDR (unsigned offset): offset = LSL(ZeroExtend(imm12), size).
        check(0xf9400420, "ldr x0, [x1, #8]", access(LOAD, X, 8).registers(0).base(1).immediate(8));
        check(0x397ffc62, "ldrb w2, [x3, #4095]", access(LOAD, W, 1).registers(2).base(3).immediate(4095));
        // LDRSH with opc = 10: regsize 64, signed.
        check(0x798004a4, "ldrsh x4, [x5, #2]", access(LOAD, X, 2).registers(4).signExtend(true).base(5).immediate(2));
        // LDRSB with opc = 11: regsize 32, post-index by SignExtend(imm9).
        check(0x38dff4e6, "ldrsb w6, [x7], #-1", access(LOAD, W, 1).registers(6).signExtend(true).base(7).postIndexImmediate(-1));
        check(0xb89fcd28, "ldrsw x8, [x9, #-4]!", access(LOAD, X, 4).registers(8).signExtend(true).base(9).immediate(-4).writeback(Writeback.PRE));
        check(0x78100fea, "strh w10, [sp, #-256]!", access(STORE, W, 2).registers(10).base(31).immediate(-256).writeback(Writeback.PRE));
        // LDUR/STURB: unscaled SignExtend(imm9).
        check(0xf85fd18b, "ldur x11, [x12, #-3]", access(LOAD, X, 8).registers(11).base(12).immediate(-3));
        check(0x380ff1cd, "sturb w13, [x14, #255]", access(STORE, W, 1).registers(13).base(14).immediate(255));
        // LDTRSW/STTR: AccType_UNPRIV.
        check(0xb880ca0f, "ldtrsw x15, [x16, #12]", access(LOAD, X, 4).registers(15).signExtend(true).base(16).immediate(12).unprivileged(true));
        check(0xb8000a51, "sttr w17, [x18]", access(STORE, W, 4).registers(17).base(18).immediate(0).unprivileged(true));
    }

    @Test
    void registerOffset() {
        // LDR (register): shift = if S == '1' then scale else 0; extend_type = DecodeRegExtend(option).
        check(0xb8757a93, "ldr w19, [x20, x21, lsl #2]", access(LOAD, W, 4).registers(19).base(20).offsetRegister(21).extend(3).shift(2));
        check(0x78f8caf6, "ldrsh w22, [x23, w24, sxtw]", access(LOAD, W, 2).registers(22).signExtend(true).base(23).offsetRegister(24).extend(6).shift(0));
        // STRB (register), shifted-register form with S = 1: the shift amount is 0 for bytes.
        check(0x383b7b59, "strb w25, [x26, x27, lsl #0]", access(STORE, W, 1).registers(25).base(26).offsetRegister(27).extend(3).shift(0));
        check(0xf8625820, "ldr x0, [x1, w2, uxtw #3]", access(LOAD, X, 8).registers(0).base(1).offsetRegister(2).extend(2).shift(3));
    }

    @Test
    void literalAndPrefetch() {
        // LDR (literal): address = PC + SignExtend(imm19:'00').
        check(0x58ffffc3, "ldr x3, #-8", access(LOAD, X, 8).registers(3).literal(-8));
        check(0x98002004, "ldrsw x4, #1024", access(LOAD, X, 4).registers(4).signExtend(true).literal(1024));
        // PRFM: Rt is the prefetch operation, not a register.
        check(0xf98020b3, "prfm pstl2strm, [x5, #64]", access(PREFETCH, X, 8).base(5).immediate(64));
        check(0xd8000098, "prfm #24, #16", access(PREFETCH, X, 8).literal(16));
        check(0xf89f90c4, "prfum pldl3keep, [x6, #-7]", access(PREFETCH, X, 8).base(6).immediate(-7));
        check(0xf8a8f8e8, "prfm plil1keep, [x7, x8, sxtx #3]", access(PREFETCH, X, 8).base(7).offsetRegister(8).extend(7).shift(3));
    }

    @Test
    void exclusiveAndOrdered() {
        // LDXR/STLXR: AccType_ATOMIC / AccType_ORDEREDATOMIC, exclusive monitors; the address is X[n].
        check(0x885f7c41, "ldxr w1, [x2]", access(LOAD, W, 4).registers(1).base(2).exclusive(true));
        check(0xc803fca4, "stlxr w3, x4, [x5]", access(STORE, X, 8).registers(4).base(5).exclusive(true).release(true));
        check(0xc87f9fe6, "ldaxp x6, x7, [sp]", access(LOAD, X, 8).registers(6, 7).base(31).exclusive(true).acquire(true));
        check(0x88282969, "stxp w8, w9, w10, [x11]", access(STORE, W, 4).registers(9, 10).base(11).exclusive(true));
        check(0x08dffdac, "ldarb w12, [x13]", access(LOAD, W, 1).registers(12).base(13).acquire(true));
        check(0x489ffdee, "stlrh w14, [x15]", access(STORE, W, 2).registers(14).base(15).release(true));
        // LDLAR/STLLR: AccType_LIMITEDORDERED.
        check(0xc8df7e30, "ldlar x16, [x17]", access(LOAD, X, 8).registers(16).base(17).acquire(true));
        check(0x089f7e72, "stllrb w18, [x19]", access(STORE, W, 1).registers(18).base(19).release(true));
    }

    @Test
    void compareAndSwap() {
        // CAS: ldacctype ordered when L == '1', stacctype when o0 == '1'; Rs is compared and receives the old value.
        check(0xc8f4fed5, "casal x20, x21, [x22]", access(LOAD_STORE, X, 8).registers(20, 21).base(22).atomic(AtomicOp.CAS).acquire(true).release(true));
        check(0x08627cc4, "caspa w2, w3, w4, w5, [x6]", access(LOAD_STORE, W, 4).registers(2, 3, 4, 5).base(6).atomic(AtomicOp.CAS).acquire(true));
    }

    @Test
    void atomics() {
        check(0xb8e70128, "ldaddal w7, w8, [x9]", access(LOAD_STORE, W, 4).registers(7, 8).base(9).atomic(AtomicOp.ADD).acquire(true).release(true));
        // STADDL is LDADDL with Rt = XZR.
        check(0xf86a017f, "staddl x10, [x11]", access(LOAD_STORE, X, 8).registers(10, 31).base(11).atomic(AtomicOp.ADD).release(true));
        // ldacctype = if A == '1' && Rt != '11111' then ordered: no acquire when the result is discarded.
        check(0xb8ac01bf, "ldadda w12, wzr, [x13]", access(LOAD_STORE, W, 4).registers(12, 31).base(13).atomic(AtomicOp.ADD));
        check(0x782e420f, "ldsmaxh w14, w15, [x16]", access(LOAD_STORE, W, 2).registers(14, 15).base(16).atomic(AtomicOp.SMAX));
        check(0xf8b17272, "ldumina x17, x18, [x19]", access(LOAD_STORE, X, 8).registers(17, 18).base(19).atomic(AtomicOp.UMIN).acquire(true));
        check(0x387482d5, "swplb w20, w21, [x22]", access(LOAD_STORE, W, 1).registers(20, 21).base(22).atomic(AtomicOp.SWP).release(true));
    }

    @Test
    void rcpcAndPauth() {
        // LDAPR: AccType_ORDERED (RCpc acquire).
        check(0xf8bfc317, "ldapr x23, [x24]", access(LOAD, X, 8).registers(23).base(24).acquire(true));
        check(0x38bfc359, "ldaprb w25, [x26]", access(LOAD, W, 1).registers(25).base(26).acquire(true));
        // LDAPURSB with opc = 10: regsize 64; offset SignExtend(imm9).
        check(0x1990039b, "ldapursb x27, [x28, #-256]", access(LOAD, X, 1).registers(27).signExtend(true).base(28).immediate(-256).acquire(true));
        check(0xd90ff020, "stlur x0, [x1, #255]", access(STORE, X, 8).registers(0).base(1).immediate(255).release(true));
        // LDRAA/LDRAB: offset = LSL(SignExtend(S:imm9, 64), 3); W selects writeback.
        check(0xf8600462, "ldraa x2, [x3, #-4096]", access(LOAD, X, 8).registers(2).base(3).immediate(-4096));
        check(0xf8a01ca4, "ldrab x4, [x5, #8]!", access(LOAD, X, 8).registers(4).base(5).immediate(8).writeback(Writeback.PRE));
    }
}
