package org.a64wb.gdbstub.rsp;

/**
 * Hex digits as the protocol writes them: lower-case pairs per byte, in memory order. Parsing never
 * throws: callers get -1 (or null) for anything that is not hex, so a bad packet becomes an error reply.
 */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** The value of one hex digit, or -1. */
    public static int digit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    public static String encode(byte[] bytes) {
        return encode(bytes, 0, bytes.length);
    }

    public static String encode(byte[] bytes, int offset, int length) {
        StringBuilder s = new StringBuilder(2 * length);
        for (int i = offset; i < offset + length; i++) {
            s.append(DIGITS[bytes[i] >> 4 & 15]).append(DIGITS[bytes[i] & 15]);
        }
        return s.toString();
    }

    /** The bytes of a string (ISO-8859-1, one byte per char) as hex: monitor output, qRcmd. */
    public static String encodeText(String text) {
        return encode(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** Hex pairs to bytes; null if the length is odd or a character is not a hex digit. */
    public static byte[] decode(CharSequence text) {
        if (text.length() % 2 != 0) {
            return null;
        }
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int hi = digit(text.charAt(2 * i));
            int lo = digit(text.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                return null;
            }
            bytes[i] = (byte) (hi << 4 | lo);
        }
        return bytes;
    }

    /**
     * A big-endian hex number as addresses, lengths and register numbers are written; -1 (also
     * returned for "ffffffffffffffff") cannot be told apart, so {@link #isNumber} checks first.
     */
    public static long parse(CharSequence text) {
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value << 4 | digit(text.charAt(i));
        }
        return value;
    }

    /** Whether {@code text} is 1 to 16 hex digits. */
    public static boolean isNumber(CharSequence text) {
        if (text.length() == 0 || text.length() > 16) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (digit(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A byte as two digits (signal numbers, exit statuses, checksums). */
    public static String byteHex(int value) {
        return new String(new char[] {DIGITS[value >> 4 & 15], DIGITS[value & 15]});
    }
}
