package org.a64wb.differential;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a minimal static ELF64 AArch64 executable: an R+X text segment, a zero-filled R+W segment
 * (scratch and output buffers) and an R+W data segment right after it, in ascending address order
 * as the ELF specification requires of PT_LOAD entries.
 */
final class ElfWriter {

    private ElfWriter() {
    }

    private static final int EHDR = 64;
    private static final int PHDR = 56;
    private static final long PAGE = 0x1000;

    static byte[] write(long textBase, byte[] text, long bssBase, long bssBytes, byte[] data, long entry) {
        if (bssBytes % PAGE != 0) {
            throw new IllegalArgumentException("the zero-filled area must be whole pages");
        }
        long textOffset = PAGE;
        long dataOffset = align(textOffset + text.length, PAGE);
        long dataBase = bssBase + bssBytes;
        ByteBuffer b = ByteBuffer.allocate((int) (dataOffset + data.length)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        b.position(16);
        b.putShort((short) 2);          // ET_EXEC
        b.putShort((short) 183);        // EM_AARCH64
        b.putInt(1);
        b.putLong(entry);
        b.putLong(EHDR);
        b.putLong(0);
        b.putInt(0);
        b.putShort((short) EHDR);
        b.putShort((short) PHDR);
        b.putShort((short) 3);
        b.putShort((short) 64);
        b.putShort((short) 0);
        b.putShort((short) 0);
        segment(b, 5, textOffset, textBase, text.length, text.length);
        segment(b, 6, 0, bssBase, 0, bssBytes);
        segment(b, 6, dataOffset, dataBase, data.length, data.length);
        b.position((int) textOffset);
        b.put(text);
        b.position((int) dataOffset);
        b.put(data);
        return b.array();
    }

    private static void segment(ByteBuffer b, int flags, long offset, long address, long fileBytes, long memoryBytes) {
        b.putInt(1).putInt(flags).putLong(offset).putLong(address).putLong(address).putLong(fileBytes).putLong(memoryBytes).putLong(PAGE);
    }

    private static long align(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
