package org.a64wb.usermode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

/** AT_RANDOM and getrandom draw from the host's pool: every byte value turns up, and next(bits) keeps to its bits. */
class HostRandomTest {

    @Test
    void sixteenKibibytesHoldEveryByteValue() {
        byte[] bytes = new byte[16384]; // a value is missing with probability 256 * (255/256)^16384, about 1e-26
        new HostRandom().nextBytes(bytes);
        BitSet seen = new BitSet(256);
        for (byte b : bytes) {
            seen.set(b & 0xff);
        }
        assertEquals(256, seen.cardinality());
    }

    @Test
    void nextIntsStayInTheirRange() {
        HostRandom random = new HostRandom();
        BitSet seen = new BitSet(10);
        for (int i = 0; i < 1000; i++) {
            int value = random.nextInt(10);
            assertTrue(value >= 0 && value < 10, Integer.toString(value));
            seen.set(value);
        }
        assertEquals(10, seen.cardinality());
    }
}
