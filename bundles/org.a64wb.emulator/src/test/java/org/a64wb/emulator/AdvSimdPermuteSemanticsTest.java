package org.a64wb.emulator;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Advanced SIMD copy, permute, extract and table lookup ({@code AdvSimdPermuteExecution}): DUP, SMOV, UMOV, INS,
 * UZP/TRN/ZIP, EXT, TBL/TBX, including d equal to a source and the 64-bit forms' zeroed upper half. The expected
 * values were taken from qemu-aarch64 7.2 ({@code -cpu max}) with {@code qemu/advsimd-immediate/gen.py} run on
 * {@code qemu/advsimd-permute/cases.json}; the line format is described in {@link AdvSimdImmediateSemanticsTest}.
 */
class AdvSimdPermuteSemanticsTest {

    static Stream<Arguments> cases() throws IOException {
        return AdvSimdImmediateSemanticsTest.recording("/qemu/advsimd-permute/cases.expected");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesQemu(String name, String line) {
        AdvSimdImmediateSemanticsTest.replay(line);
    }
}
