package org.a64wb.usermode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a static AArch64 Linux executable (ELF64, little-endian, EM_AARCH64): ET_EXEC at its link
 * addresses, or a static-pie ET_DYN without PT_INTERP at {@link #PIE_BASE}. PT_LOAD segments go into
 * fresh (zeroed) RAM regions of the address space, so bss is zero; segments that share pages share
 * one region. Permissions are not enforced (the engine has no MMU in user mode).
 */
public final class ElfLoader {

    /** Where static-pie executables are placed (Linux uses ELF_ET_DYN_BASE, 2/3 of the 48-bit space). */
    public static final long PIE_BASE = 0x0000_aaaa_aaaa_0000L;

    static final int EHDR_SIZE = 64;
    static final int PHDR_SIZE = 56;
    static final int PT_LOAD = 1;
    static final int PT_INTERP = 3;
    static final int PT_PHDR = 6;
    static final int ET_EXEC = 2;
    static final int ET_DYN = 3;
    static final int EM_AARCH64 = 183;

    private ElfLoader() {
    }

    private record Segment(long vaddr, long offset, long filesz, long memsz) {
    }

    /** Validates {@code file} and maps its segments into {@code space}. */
    public static ElfImage load(byte[] file, AddressSpace space) throws ElfFormatException {
        if (file.length < 4 || file[0] != 0x7f || file[1] != 'E' || file[2] != 'L' || file[3] != 'F') {
            throw new ElfFormatException(file.length < 4 ? "truncated file (" + file.length + " bytes): not an ELF executable"
                    : "not an ELF file (bad magic)");
        }
        if (file.length < EHDR_SIZE) {
            throw new ElfFormatException("truncated ELF header (" + file.length + " bytes, need " + EHDR_SIZE + ")");
        }
        if (file[4] != 2) {
            throw new ElfFormatException("not a 64-bit ELF file (EI_CLASS " + file[4] + ", need 2 = ELFCLASS64)");
        }
        if (file[5] != 1) {
            throw new ElfFormatException("not a little-endian ELF file (EI_DATA " + file[5] + ", need 1 = ELFDATA2LSB)");
        }
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int type = b.getShort(16) & 0xffff;
        int machine = b.getShort(18) & 0xffff;
        if (machine != EM_AARCH64) {
            throw new ElfFormatException("not an AArch64 executable (e_machine " + machine + ", need 183 = EM_AARCH64)");
        }
        if (type != ET_EXEC && type != ET_DYN) {
            throw new ElfFormatException("not an executable (e_type " + type + ", need ET_EXEC or ET_DYN)");
        }
        long entry = b.getLong(24);
        long phoff = b.getLong(32);
        int phentsize = b.getShort(54) & 0xffff;
        int phnum = b.getShort(56) & 0xffff;
        if (phnum == 0) {
            throw new ElfFormatException("no program headers: nothing to load");
        }
        if (phentsize != PHDR_SIZE) {
            throw new ElfFormatException("unexpected program header size " + phentsize + " (need " + PHDR_SIZE + ")");
        }
        if (phoff < 0 || phoff > file.length || (long) phnum * PHDR_SIZE > file.length - phoff) {
            throw new ElfFormatException("truncated program headers (" + phnum + " at offset " + phoff + ", file is " + file.length
                    + " bytes)");
        }
        List<Segment> loads = new ArrayList<>();
        long phdrVaddr = -1;
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * PHDR_SIZE);
            int ptype = b.getInt(at);
            long offset = b.getLong(at + 8);
            long vaddr = b.getLong(at + 16);
            long filesz = b.getLong(at + 32);
            long memsz = b.getLong(at + 40);
            if (ptype == PT_INTERP) {
                String interp = cString(file, offset, filesz);
                throw new ElfFormatException("dynamically linked executable (PT_INTERP " + interp
                        + "): only static executables run (link with -static)");
            }
            if (ptype == PT_PHDR) {
                phdrVaddr = vaddr;
            }
            if (ptype == PT_LOAD && memsz > 0) {
                if (filesz < 0 || (filesz > 0 && (offset < 0 || offset > file.length || filesz > file.length - offset))) {
                    throw new ElfFormatException("truncated segment " + i + " (file bytes 0x" + Long.toHexString(offset) + "+0x"
                            + Long.toHexString(filesz) + ", file is " + file.length + " bytes)");
                }
                if (Long.compareUnsigned(filesz, memsz) > 0) {
                    throw new ElfFormatException("segment " + i + " has p_filesz > p_memsz");
                }
                if (memsz < 0 || vaddr + memsz < vaddr || vaddr + memsz > AddressSpace.USER_TOP) {
                    throw new ElfFormatException("segment " + i + " at 0x" + Long.toHexString(vaddr) + "+0x" + Long.toHexString(memsz)
                            + " is outside the 48-bit user address space");
                }
                loads.add(new Segment(vaddr, offset, filesz, memsz));
                if (phdrVaddr < 0 && phoff >= offset && phoff + (long) phnum * PHDR_SIZE <= offset + filesz) {
                    phdrVaddr = vaddr + (phoff - offset);
                }
            }
        }
        if (loads.isEmpty()) {
            throw new ElfFormatException("no loadable segments (no PT_LOAD with p_memsz > 0)");
        }
        long bias = 0;
        if (type == ET_DYN) {
            long low = Long.MAX_VALUE;
            for (Segment s : loads) {
                low = Math.min(low, s.vaddr);
            }
            bias = PIE_BASE - AddressSpace.pageDown(low);
        }
        // Map the union of the segments' pages: one region per run of overlapping or adjacent pages.
        List<long[]> ranges = new ArrayList<>();
        for (Segment s : loads) {
            ranges.add(new long[] {AddressSpace.pageDown(s.vaddr + bias), AddressSpace.pageUp(s.vaddr + bias + s.memsz)});
        }
        ranges.sort((x, y) -> Long.compare(x[0], y[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        for (long[] r : merged) {
            if (!space.isFree(r[0], r[1] - r[0])) {
                throw new ElfFormatException("segment pages 0x" + Long.toHexString(r[0]) + "-0x" + Long.toHexString(r[1])
                        + " collide with memory already in use");
            }
            space.mapFixed(r[0], r[1] - r[0]);
        }
        for (Segment s : loads) {
            if (s.filesz > 0) {
                space.memory().writeBytes(s.vaddr + bias, file, (int) s.offset, (int) s.filesz);
            }
        }
        long lowest = merged.get(0)[0];
        long highest = merged.get(merged.size() - 1)[1];
        return new ElfImage(entry + bias, phdrVaddr < 0 ? 0 : phdrVaddr + bias, PHDR_SIZE, phnum, bias, lowest, highest);
    }

    private static String cString(byte[] file, long offset, long size) {
        if (offset < 0 || offset >= file.length) {
            return "?";
        }
        int end = (int) Math.min(file.length, offset + Math.max(0, size));
        int n = (int) offset;
        while (n < end && file[n] != 0) {
            n++;
        }
        return new String(file, (int) offset, n - (int) offset, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
