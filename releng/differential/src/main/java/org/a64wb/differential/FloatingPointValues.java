package org.a64wb.differential;

import java.util.Random;

/**
 * 64-bit register halves made of half, single or double precision lanes that floating-point code gets
 * wrong most often: zeros, infinities, quiet and signalling NaNs with payloads, denormals, the smallest
 * and largest normals, values at and around the integer conversion limits, halfway cases for rounding.
 */
final class FloatingPointValues {

    private FloatingPointValues() {
    }

    /** One 64-bit half: four halves, two singles or one double, each lane a special or a random value. */
    static long lanes(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> half(random) | half(random) << 16 | half(random) << 32 | half(random) << 48;
            case 1 -> single(random) | single(random) << 32;
            default -> dbl(random);
        };
    }

    static long dbl(Random random) {
        long sign = random.nextBoolean() ? 1L << 63 : 0;
        return sign | switch (random.nextInt(16)) {
            case 0 -> 0L;                                           // zero
            case 1 -> 0x7ff0000000000000L;                          // infinity
            case 2 -> 0x7ff8000000000000L | random.nextInt(1 << 20); // quiet NaN with a payload
            case 3 -> 0x7ff0000000000000L | 1 + random.nextInt(1 << 20); // signalling NaN
            case 4 -> random.nextLong() & 0x000fffffffffffffL;      // denormal
            case 5 -> 0x0010000000000000L + random.nextInt(3) - 1;  // around the smallest normal
            case 6 -> 0x7fefffffffffffffL - random.nextInt(2);      // largest normals
            case 7 -> Double.doubleToRawLongBits(limit(random)) + random.nextInt(3) - 1;
            case 8 -> Double.doubleToRawLongBits(random.nextInt(64) + 0.5); // halfway between integers
            case 9 -> Double.doubleToRawLongBits(random.nextInt(2000) / 16.0);
            case 10 -> 0x3ff0000000000000L;                         // 1.0
            default -> random.nextLong() & 0x7fffffffffffffffL;
        };
    }

    static long single(Random random) {
        long sign = random.nextBoolean() ? 0x80000000L : 0;
        return sign | switch (random.nextInt(16)) {
            case 0 -> 0L;
            case 1 -> 0x7f800000L;
            case 2 -> 0x7fc00000L | random.nextInt(1 << 12);
            case 3 -> 0x7f800000L | 1 + random.nextInt(1 << 12);
            case 4 -> random.nextInt(0x800000) & 0x7fffffL;
            case 5 -> 0x00800000L + random.nextInt(3) - 1;
            case 6 -> 0x7f7fffffL - random.nextInt(2);
            case 7 -> (Float.floatToRawIntBits((float) limit(random)) + random.nextInt(3) - 1) & 0x7fffffffL;
            case 8 -> Float.floatToRawIntBits(random.nextInt(64) + 0.5f) & 0xffffffffL;
            case 9 -> Float.floatToRawIntBits(random.nextInt(2000) / 16.0f) & 0xffffffffL;
            case 10 -> 0x3f800000L;
            default -> random.nextInt() & 0x7fffffffL;
        };
    }

    static long half(Random random) {
        long sign = random.nextBoolean() ? 0x8000L : 0;
        return sign | switch (random.nextInt(16)) {
            case 0 -> 0L;
            case 1 -> 0x7c00L;                                      // infinity (or 65536+ under AHP)
            case 2 -> 0x7e00L | random.nextInt(1 << 6);
            case 3 -> 0x7c00L | 1 + random.nextInt(1 << 6);
            case 4 -> random.nextInt(0x400);
            case 5 -> 0x0400L + random.nextInt(3) - 1;
            case 6 -> 0x7bffL - random.nextInt(2);
            case 7 -> 0x5800L + random.nextInt(0x300);              // 128 .. 1024: integers and halves
            case 8 -> 0x3800L | random.nextInt(0x400);              // 0.5 .. 1
            case 10 -> 0x3c00L;
            default -> random.nextInt(0x7fff);
        };
    }

    /** Integer conversion limits: 2^15, 2^16, 2^31, 2^32, 2^63, 2^64. */
    private static double limit(Random random) {
        int[] exponents = {15, 16, 31, 32, 63, 64};
        return Math.scalb(1.0, exponents[random.nextInt(exponents.length)]);
    }
}
