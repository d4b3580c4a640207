package org.a64wb.isa.a64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.a64wb.isa.api.InstructionSet;
import org.a64wb.isa.api.MemoryAccess;
import org.a64wb.isa.api.MemoryAccess.Direction;
import org.a64wb.isa.api.MemoryAccess.RegisterKind;
import org.a64wb.isa.api.MemoryAccess.Writeback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memory-access descriptors of the SIMD&FP loads and stores (isa-spec/loads-stores-simd-fp.a64).
 * Words are llvm-mc's encodings of the quoted syntax; the expected accesses follow the Arm ARM's
 * pseudocode (offsets scaled by the access size, post-index amounts of selem * ebytes for single
 * structures and of the register bytes for multiple structures, lane indexes from Q:S:size).
 */
class SimdLoadStoreDescriptorTest {

    private static final InstructionSet SET = new A64InstructionSet();

    private static MemoryAccess.Builder load(RegisterKind kind, int bytes) {
        return MemoryAccess.builder(Direction.LOAD, kind, bytes);
    }

    private static MemoryAccess.Builder store(RegisterKind kind, int bytes) {
        return MemoryAccess.builder(Direction.STORE, kind, bytes);
    }

    static Stream<Arguments> accesses() {
        return Stream.of(
                // LDR/STR (immediate, SIMD&FP), unsigned offset: imm12 << scale
                Arguments.of("ldr b3, [x1, #4095]", 0x3d7ffc23, load(RegisterKind.B, 1).registers(3).base(1).immediate(4095)),
                Arguments.of("str h7, [sp, #8190]", 0x7d3fffe7, store(RegisterKind.H, 2).registers(7).base(31).immediate(8190)),
                Arguments.of("ldr q31, [x2, #65520]", 0x3dfffc5f, load(RegisterKind.Q, 16).registers(31).base(2).immediate(65520)),
                // LDUR/STUR: unscaled signed imm9
                Arguments.of("stur d1, [x3, #-256]", 0xfc100061, store(RegisterKind.D, 8).registers(1).base(3).immediate(-256)),
                Arguments.of("ldur s2, [x4, #255]", 0xbc4ff082, load(RegisterKind.S, 4).registers(2).base(4).immediate(255)),
                // pre- and post-index
                Arguments.of("ldr q0, [x1, #-16]!", 0x3cdf0c20,
                        load(RegisterKind.Q, 16).registers(0).base(1).immediate(-16).writeback(Writeback.PRE)),
                Arguments.of("str d5, [x6], #-8", 0xfc1f84c5, store(RegisterKind.D, 8).registers(5).base(6).postIndexImmediate(-8)),
                // register offset: option is the extend, S = 1 shifts by the scale
                Arguments.of("ldr b0, [x1, w2, sxtw #0]", 0x3c62d820,
                        load(RegisterKind.B, 1).registers(0).base(1).offsetRegister(2).extend(6).shift(0)),
                Arguments.of("str h1, [x2, w3, uxtw #1]", 0x7c235841,
                        store(RegisterKind.H, 2).registers(1).base(2).offsetRegister(3).extend(2).shift(1)),
                Arguments.of("ldr s4, [sp, x5]", 0xbc656be4,
                        load(RegisterKind.S, 4).registers(4).base(31).offsetRegister(5).extend(3).shift(0)),
                Arguments.of("ldr q6, [x7, x8, sxtx #4]", 0x3ce8f8e6,
                        load(RegisterKind.Q, 16).registers(6).base(7).offsetRegister(8).extend(7).shift(4)),
                Arguments.of("ldr d9, [x10, x11, lsl #3]", 0xfc6b7949,
                        load(RegisterKind.D, 8).registers(9).base(10).offsetRegister(11).extend(3).shift(3)),
                // LDR (literal, SIMD&FP): imm19 * 4 from the PC
                Arguments.of("ldr s0, #-1048576", 0x1c800000, load(RegisterKind.S, 4).registers(0).literal(-1048576)),
                Arguments.of("ldr q1, #1048572", 0x9c7fffe1, load(RegisterKind.Q, 16).registers(1).literal(1048572)),
                // pairs: imm7 << (2 + opc)
                Arguments.of("ldp s0, s1, [x2, #-256]", 0x2d600440, load(RegisterKind.S, 4).registers(0, 1).base(2).immediate(-256)),
                Arguments.of("stp d2, d3, [sp, #504]!", 0x6d9f8fe2,
                        store(RegisterKind.D, 8).registers(2, 3).base(31).immediate(504).writeback(Writeback.PRE)),
                Arguments.of("ldp q4, q5, [x6], #-1024", 0xace014c4, load(RegisterKind.Q, 16).registers(4, 5).base(6).postIndexImmediate(-1024)),
                Arguments.of("stnp q30, q31, [x0, #1008]", 0xac1ffc1e,
                        store(RegisterKind.Q, 16).registers(30, 31).base(0).immediate(1008).nonTemporal(true)),
                // multiple structures: post-index by Rm = 31 is the register bytes transferred
                Arguments.of("ld1 { v0.16b }, [x0]", 0x4c407000,
                        load(RegisterKind.V, 1).registers(0).base(0).structureElements(1).vectorBytes(16)),
                Arguments.of("ld1 { v30.2d, v31.2d, v0.2d }, [x1], #48", 0x4cdf6c3e,
                        load(RegisterKind.V, 8).registers(30, 31, 0).base(1).postIndexImmediate(48).structureElements(1).vectorBytes(16)),
                Arguments.of("st1 { v1.1d, v2.1d, v3.1d, v4.1d }, [sp], x2", 0x0c822fe1,
                        store(RegisterKind.V, 8).registers(1, 2, 3, 4).base(31).postIndexRegister(2).structureElements(1).vectorBytes(8)),
                Arguments.of("ld2 { v0.8h, v1.8h }, [x3], #32", 0x4cdf8460,
                        load(RegisterKind.V, 2).registers(0, 1).base(3).postIndexImmediate(32).structureElements(2).vectorBytes(16)),
                Arguments.of("st3 { v5.2s, v6.2s, v7.2s }, [x4]", 0x0c004885,
                        store(RegisterKind.V, 4).registers(5, 6, 7).base(4).structureElements(3).vectorBytes(8)),
                Arguments.of("ld4 { v0.4s, v1.4s, v2.4s, v3.4s }, [x0], #64", 0x4cdf0800,
                        load(RegisterKind.V, 4).registers(0, 1, 2, 3).base(0).postIndexImmediate(64).structureElements(4).vectorBytes(16)),
                // single structure to one lane: post-index by Rm = 31 is selem * ebytes
                Arguments.of("ld1 { v0.b }[15], [x0], #1", 0x4ddf1c00,
                        load(RegisterKind.V, 1).registers(0).base(0).postIndexImmediate(1).structureElements(1).lane(15).vectorBytes(16)),
                Arguments.of("st2 { v4.h, v5.h }[7], [x1], x9", 0x4da95824,
                        store(RegisterKind.V, 2).registers(4, 5).base(1).postIndexRegister(9).structureElements(2).lane(7).vectorBytes(16)),
                Arguments.of("ld3 { v31.d, v0.d, v1.d }[1], [x0], #24", 0x4ddfa41f,
                        load(RegisterKind.V, 8).registers(31, 0, 1).base(0).postIndexImmediate(24).structureElements(3).lane(1).vectorBytes(16)),
                Arguments.of("st4 { v8.s, v9.s, v10.s, v11.s }[2], [x5]", 0x4d20a0a8,
                        store(RegisterKind.V, 4).registers(8, 9, 10, 11).base(5).structureElements(4).lane(2).vectorBytes(16)),
                // replicate: element size from size, post-index selem << size
                Arguments.of("ld1r { v0.8b }, [x0]", 0x0d40c000,
                        load(RegisterKind.V, 1).registers(0).base(0).structureElements(1).replicate(true).vectorBytes(8)),
                Arguments.of("ld2r { v0.4h, v1.4h }, [x0], #4", 0x0dffc400,
                        load(RegisterKind.V, 2).registers(0, 1).base(0).postIndexImmediate(4).structureElements(2).replicate(true).vectorBytes(8)),
                Arguments.of("ld3r { v3.4s, v4.4s, v5.4s }, [x1], x30", 0x4ddee823,
                        load(RegisterKind.V, 4).registers(3, 4, 5).base(1).postIndexRegister(30).structureElements(3).replicate(true).vectorBytes(16)),
                Arguments.of("ld4r { v0.1d, v1.1d, v2.1d, v3.1d }, [sp], #32", 0x0dffefe0,
                        load(RegisterKind.V, 8).registers(0, 1, 2, 3).base(31).postIndexImmediate(32).structureElements(4).replicate(true).vectorBytes(8)));
    }

    private static MemoryAccess describe(int word) {
        return SET.decodeInstruction(word).orElseThrow(() -> new AssertionError(Integer.toHexString(word) + " does not decode"))
                .memoryAccess().orElseThrow(() -> new AssertionError(Integer.toHexString(word) + " has no descriptor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void descriptorFollowsTheArmArm(String syntax, int word, MemoryAccess.Builder expected) {
        assertEquals(expected.build().toString(), describe(word).toString(), syntax);
    }

    @Test
    void structureTransfersCountTheBytesMoved() {
        assertEquals(64, describe(0x4cdf0800).totalBytes(), "ld4 of four 4s registers");
        assertEquals(24, describe(0x4ddfa41f).totalBytes(), "ld3 of one d lane");
        assertEquals(32, describe(0x0dffefe0).totalBytes(), "ld4r of 1d");
        assertEquals(32, describe(0xace014c4).totalBytes(), "ldp of two q registers");
    }

    /** Unallocated per the Arm ARM (and rejected by llvm-mc): no SIMD&FP encoding may claim them. */
    @ParameterizedTest
    @ValueSource(ints = {
        0x0c400c00, // LD4 (multiple) with size = 11, Q = 0
        0x0c417000, // LD1 (multiple, no offset) with bits 20:16 != 0
        0x0d40a800, // LD1 (single) 64-bit with S = 1
        0x0d00e000, // replicate with L = 0
        0x3c620820, // LDR (register) with option<1> = 0
        0xdc000000, // LDR (literal) opc = 11
        0x3c400800, // unprivileged form, no SIMD&FP variant
        0x7cc00000, // LDUR with size = 01, opc = 11
        0xec400000, // LDNP opc = 11
        0x8c400000, // structures with bit 31 = 1
    })
    void unallocatedWordsStayUnallocated(int word) {
        assertTrue(SET.decodeInstruction(word).isEmpty(), Integer.toHexString(word));
    }
}
