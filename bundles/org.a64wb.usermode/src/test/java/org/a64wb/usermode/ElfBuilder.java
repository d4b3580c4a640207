package org.a64wb.usermode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Writes small ELF64 files for loader tests: a header, program headers, then each segment's bytes. */
final class ElfBuilder {

    private record Ph(int type, long vaddr, byte[] bytes, long memsz) {
    }

    int type = ElfLoader.ET_EXEC;
    int machine = ElfLoader.EM_AARCH64;
    byte elfClass = 2;
    byte data = 1;
    long entry = 0x400000;
    private final List<Ph> headers = new ArrayList<>();

    ElfBuilder load(long vaddr, byte[] bytes, long memsz) {
        headers.add(new Ph(ElfLoader.PT_LOAD, vaddr, bytes, memsz));
        return this;
    }

    ElfBuilder interp(String path) {
        headers.add(new Ph(ElfLoader.PT_INTERP, 0, (path + "\0").getBytes(), path.length() + 1));
        return this;
    }

    ElfBuilder other(int ptype) {
        headers.add(new Ph(ptype, 0, new byte[0], 0));
        return this;
    }

    byte[] build() {
        int phoff = 64;
        int dataStart = phoff + 56 * headers.size();
        int size = dataStart;
        for (Ph h : headers) {
            size += h.bytes.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', elfClass, data, 1, 0});
        b.putShort(16, (short) type);
        b.putShort(18, (short) machine);
        b.putInt(20, 1);
        b.putLong(24, entry);
        b.putLong(32, phoff);
        b.putShort(52, (short) 64);
        b.putShort(54, (short) 56);
        b.putShort(56, (short) headers.size());
        int offset = dataStart;
        for (int i = 0; i < headers.size(); i++) {
            Ph h = headers.get(i);
            int at = phoff + 56 * i;
            b.putInt(at, h.type);
            b.putInt(at + 4, 5);
            b.putLong(at + 8, offset);
            b.putLong(at + 16, h.vaddr);
            b.putLong(at + 24, h.vaddr);
            b.putLong(at + 32, h.bytes.length);
            b.putLong(at + 40, h.memsz);
            b.putLong(at + 48, 0x1000);
            b.put(offset, h.bytes);
            offset += h.bytes.length;
        }
        return b.array();
    }
}
