package org.a64wb.assembler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a64wb.assembler.Assembler.SectionImage;

/** Writes laid-out sections as a static ELF64 AArch64 executable (one PT_LOAD per section) or a flat image. */
final class ElfWriter {

    private ElfWriter() {
    }

    static byte[] flat(List<SectionImage> sections, long base) {
        long end = base;
        for (SectionImage s : sections) {
            end = Math.max(end, s.address() + (s.nobits() ? 0 : s.bytes().length));
        }
        byte[] out = new byte[(int) (end - base)];
        for (SectionImage s : sections) {
            if (!s.nobits()) {
                System.arraycopy(s.bytes(), 0, out, (int) (s.address() - base), s.bytes().length);
            }
        }
        return out;
    }

    static byte[] elf(List<SectionImage> sections, long entry, Map<String, Long> symbols) {
        List<SectionImage> loaded = new ArrayList<>();
        for (SectionImage s : sections) {
            if (s.size() > 0) {
                loaded.add(s);
            }
        }
        int phnum = loaded.size();
        // file offsets: a section's offset is congruent to its address modulo the page size
        long[] offsets = new long[sections.size()];
        long pos = 64 + 56L * phnum;
        for (int i = 0; i < sections.size(); i++) {
            SectionImage s = sections.get(i);
            long page = s.address() & 0xfff;
            long candidate = (pos & ~0xfffL) | page;
            if (candidate < pos) {
                candidate += 0x1000;
            }
            offsets[i] = s.nobits() ? pos : candidate;
            if (!s.nobits()) {
                pos = candidate + s.bytes().length;
            }
        }
        // symbol table (labels, local-label instances left out) and string tables
        ByteArrayOutputStream strtab = new ByteArrayOutputStream();
        strtab.write(0);
        ByteBuffer symtab = ByteBuffer.allocate(24 * (symbols.size() + 1)).order(ByteOrder.LITTLE_ENDIAN);
        symtab.put(new byte[24]);
        int symbolCount = 1;
        for (var e : symbols.entrySet()) {
            if (e.getKey().indexOf('\u0002') >= 0) {
                continue;
            }
            int nameOffset = strtab.size();
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            strtab.write(name, 0, name.length);
            strtab.write(0);
            int shndx = 0xfff1; // SHN_ABS unless inside a section
            for (int i = 0; i < sections.size(); i++) {
                SectionImage s = sections.get(i);
                if (e.getValue() >= s.address() && e.getValue() <= s.address() + s.size()) {
                    shndx = i + 1;
                    break;
                }
            }
            symtab.putInt(nameOffset).put((byte) 0x10).put((byte) 0).putShort((short) shndx).putLong(e.getValue()).putLong(0);
            symbolCount++;
        }
        byte[] symBytes = java.util.Arrays.copyOf(symtab.array(), 24 * symbolCount);
        ByteArrayOutputStream shstrtab = new ByteArrayOutputStream();
        shstrtab.write(0);
        int[] names = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            names[i] = add(shstrtab, sections.get(i).name());
        }
        int symtabName = add(shstrtab, ".symtab");
        int strtabName = add(shstrtab, ".strtab");
        int shstrtabName = add(shstrtab, ".shstrtab");

        long symOffset = (pos + 7) & ~7L;
        long strOffset = symOffset + symBytes.length;
        long shstrOffset = strOffset + strtab.size();
        long shOffset = (shstrOffset + shstrtab.size() + 7) & ~7L;
        int shnum = sections.size() + 4;
        ByteBuffer out = ByteBuffer.allocate((int) (shOffset + 64L * shnum)).order(ByteOrder.LITTLE_ENDIAN);
        // ELF header
        out.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        out.putShort((short) 2).putShort((short) 183).putInt(1).putLong(entry).putLong(64).putLong(shOffset);
        out.putInt(0).putShort((short) 64).putShort((short) 56).putShort((short) phnum).putShort((short) 64)
                .putShort((short) shnum).putShort((short) (shnum - 1));
        // program headers
        for (int i = 0; i < sections.size(); i++) {
            SectionImage s = sections.get(i);
            if (s.size() == 0) {
                continue;
            }
            int flags = 4 | (s.flags().contains("w") ? 2 : 0) | (s.flags().contains("x") ? 1 : 0);
            out.putInt(1).putInt(flags).putLong(offsets[i]).putLong(s.address()).putLong(s.address())
                    .putLong(s.nobits() ? 0 : s.bytes().length).putLong(s.size()).putLong(0x1000);
        }
        for (int i = 0; i < sections.size(); i++) {
            SectionImage s = sections.get(i);
            if (!s.nobits()) {
                out.put((int) offsets[i], s.bytes());
            }
        }
        out.put((int) symOffset, symBytes);
        out.put((int) strOffset, strtab.toByteArray());
        out.put((int) shstrOffset, shstrtab.toByteArray());
        // section headers: null, the sections, .symtab, .strtab, .shstrtab
        out.position((int) shOffset);
        out.put(new byte[64]);
        for (int i = 0; i < sections.size(); i++) {
            SectionImage s = sections.get(i);
            long flags = (s.flags().contains("a") ? 2 : 0) | (s.flags().contains("w") ? 1 : 0) | (s.flags().contains("x") ? 4 : 0);
            sectionHeader(out, names[i], s.nobits() ? 8 : 1, flags, s.address(), offsets[i], s.size(), 0, 0, s.flags().contains("x") ? 4 : 1, 0);
        }
        int strtabIndex = sections.size() + 2;
        sectionHeader(out, symtabName, 2, 0, 0, symOffset, symBytes.length, strtabIndex, 1, 8, 24);
        sectionHeader(out, strtabName, 3, 0, 0, strOffset, strtab.size(), 0, 0, 1, 0);
        sectionHeader(out, shstrtabName, 3, 0, 0, shstrOffset, shstrtab.size(), 0, 0, 1, 0);
        return out.array();
    }

    private static int add(ByteArrayOutputStream table, String name) {
        int offset = table.size();
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        table.write(b, 0, b.length);
        table.write(0);
        return offset;
    }

    private static void sectionHeader(ByteBuffer out, int name, int type, long flags, long addr, long offset, long size,
            int link, int info, long align, long entsize) {
        out.putInt(name).putInt(type).putLong(flags).putLong(addr).putLong(offset).putLong(size).putInt(link).putInt(info)
                .putLong(align).putLong(entsize);
    }
}
