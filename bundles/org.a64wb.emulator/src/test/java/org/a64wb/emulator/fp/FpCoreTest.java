package org.a64wb.emulator.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Hand-checked cases of the Arm ARM pseudocode, next to the qemu golden vectors of {@link FpGoldenTest}. */
class FpCoreTest {

    static long d(double v) {
        return Double.doubleToRawLongBits(v);
    }

    static long s(float v) {
        return Float.floatToRawIntBits(v) & 0xFFFF_FFFFL;
    }

    @Test
    void roundingModesOfAnInexactSum() {
        long one = d(1.0), tiny = d(0x1p-60);
        assertEquals(d(1.0), FpCore.add(64, one, tiny, new FpStatus(0)));
        assertEquals(d(Math.nextUp(1.0)), FpCore.add(64, one, tiny, new FpStatus(1 << 22)));
        assertEquals(d(Math.nextDown(1.0)), FpCore.sub(64, one, tiny, new FpStatus(2 << 22)));
        FpStatus st = new FpStatus(3 << 22);
        assertEquals(d(1.0), FpCore.add(64, one, tiny, st));
        assertEquals(FpStatus.IXC, st.fpsr());
    }

    @Test
    void flushToZeroChecksTheUnroundedResult() {
        // min normal * (1 - 2^-24) rounds up to min normal, but is tiny before rounding: FZ gives +0 with UFC only
        long x = s(Float.MIN_NORMAL), y = s(0.99999997f);
        FpStatus st = new FpStatus(FpStatus.FPCR_FZ);
        assertEquals(0, FpCore.mul(32, x, y, st));
        assertEquals(FpStatus.UFC, st.fpsr());
        st = new FpStatus(0);
        assertEquals(s(Float.MIN_NORMAL), FpCore.mul(32, x, y, st));
        assertEquals(FpStatus.UFC | FpStatus.IXC, st.fpsr());
    }

    @Test
    void halfPrecisionDenormalInputsFlushOnlyWithFz16AndWithoutIdc() {
        FpStatus st = new FpStatus(FpStatus.FPCR_FZ);
        assertEquals(0x0002, FpCore.add(16, 0x0001, 0x0001, st));
        st = new FpStatus(FpStatus.FPCR_FZ16);
        assertEquals(0x0000, FpCore.add(16, 0x0001, 0x0001, st));
        assertEquals(0, st.fpsr());
        st = new FpStatus(FpStatus.FPCR_FZ);
        assertEquals(0, FpCore.add(32, 1, 1, st));
        assertEquals(FpStatus.IDC, st.fpsr());
    }

    @Test
    void nanPriorityAndDefaultNaN() {
        long qnan = 0x7FC0_0001L, snan = 0x7F80_0002L;
        FpStatus st = new FpStatus(0);
        assertEquals(0x7FC0_0002L, FpCore.add(32, qnan, snan, st));
        assertEquals(FpStatus.IOC, st.fpsr());
        assertEquals(0x7FC0_0000L, FpCore.mul(32, qnan, s(1f), new FpStatus(FpStatus.FPCR_DN)));
        // FMA: addend first; a quiet NaN addend with infinity * 0 is the default NaN with IOC
        st = new FpStatus(0);
        assertEquals(0x7FC0_0000L, FpCore.mulAdd(32, qnan, s(Float.POSITIVE_INFINITY), 0, st));
        assertEquals(FpStatus.IOC, st.fpsr());
    }

    @Test
    void conversionsWithAlternativeHalfPrecisionAndRoundToOdd() {
        FpStatus st = new FpStatus(FpStatus.FPCR_AHP);
        assertEquals(0x7FFF, FpCore.convert(32, s(Float.POSITIVE_INFINITY), 16, st));
        assertEquals(FpStatus.IOC, st.fpsr());
        assertEquals(s(65536f), FpCore.convert(16, 0x7C00, 32, new FpStatus(FpStatus.FPCR_AHP)));
        // FCVTXN: 1 + 2^-30 is not a single; round to odd sets the last bit
        assertEquals(s(Math.nextUp(1f)), FpCore.convert(64, d(1 + 0x1p-30), 32, FpRounding.ODD, new FpStatus(0)));
    }

    @Test
    void integerConversions() {
        FpStatus st = new FpStatus(0);
        assertEquals(-3L & 0xFFFF_FFFFL, FpCore.toFixed(64, d(-2.5), 0, false, FpRounding.TIEAWAY, 32, st));
        assertEquals(-2L & 0xFFFF_FFFFL, FpCore.toFixed(64, d(-2.5), 0, false, FpRounding.TIEEVEN, 32, st));
        assertEquals(FpStatus.IXC, st.fpsr());
        st = new FpStatus(0);
        assertEquals(0, FpCore.toFixed(64, d(-1.0), 0, true, FpRounding.ZERO, 64, st));
        assertEquals(FpStatus.IOC, st.fpsr());
        assertEquals(d(0x1p63), FpCore.fixedToFp(64, Long.MIN_VALUE, 0, true, FpRounding.TIEEVEN, 64, new FpStatus(0)));
        assertEquals(d(-0.5), FpCore.fixedToFp(32, -1, 1, false, FpRounding.TIEEVEN, 64, new FpStatus(0)));
    }

    @Test
    void javascriptConversionClearsZForFlushedPositiveDenormals() {
        FpStatus st = new FpStatus(FpStatus.FPCR_FZ);
        long r = FpCore.toFixedJS(1, st);
        assertEquals(0, r);
        assertEquals(FpStatus.IDC, st.fpsr());
        assertEquals(FpCore.JS_Z | 0xFFFF_FFFFL, FpCore.toFixedJS(d(-1.0), new FpStatus(0)));
        assertEquals(0x8000_0000L, FpCore.toFixedJS(d(0x1p31), new FpStatus(0)) & 0xFFFF_FFFFL);
    }

    @Test
    void estimatesAndCompare() {
        assertEquals(0xFF80_0000, FpCore.unsignedRecipEstimate(0x8000_0000));
        assertEquals(-1, FpCore.unsignedRSqrtEstimate(0x3FFF_FFFF));
        assertEquals(0b0110, FpCore.compare(64, d(0.0), d(-0.0), false, new FpStatus(0)));
        FpStatus st = new FpStatus(0);
        assertEquals(FpCore.NZCV_UNORDERED, FpCore.compare(64, d(Double.NaN), d(1), true, st));
        assertEquals(FpStatus.IOC, st.fpsr());
        assertFalse(FpCore.compareGE(32, 0x7FC0_0000L, 0, new FpStatus(0)));
        assertEquals(FpCore.two(32, false), FpCore.mulX(32, s(Float.POSITIVE_INFINITY), 0, new FpStatus(0)));
    }
}
