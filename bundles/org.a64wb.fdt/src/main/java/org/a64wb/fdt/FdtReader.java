package org.a64wb.fdt;

import java.nio.charset.StandardCharsets;

/**
 * Reads a DTB back into a {@link DeviceTree}, checking the layout rules of the Devicetree Specification
 * v0.4 chapter 5 (magic, version, blocks inside totalsize, alignment, token sequence, string offsets).
 * Every violation is an {@link FdtFormatException} naming the offset.
 */
public final class FdtReader {

    private final byte[] blob;
    private final int offStruct;
    private final int structEnd;
    private final int offStrings;
    private final int sizeStrings;
    private int pos;

    private FdtReader(byte[] blob, int offStruct, int structEnd, int offStrings, int sizeStrings) {
        this.blob = blob;
        this.offStruct = offStruct;
        this.structEnd = structEnd;
        this.offStrings = offStrings;
        this.sizeStrings = sizeStrings;
    }

    /** The header fields (spec 5.2 struct fdt_header). */
    public record Header(int magic, int totalSize, int offDtStruct, int offDtStrings, int offMemRsvmap, int version,
            int lastCompVersion, int bootCpuidPhys, int sizeDtStrings, int sizeDtStruct) {
    }

    public static Header header(byte[] blob) throws FdtFormatException {
        if (blob.length < FdtWriter.HEADER_SIZE) {
            throw new FdtFormatException("blob of " + blob.length + " bytes is shorter than the 40-byte header");
        }
        int[] f = new int[10];
        for (int i = 0; i < 10; i++) {
            f[i] = FdtNode.getInt(blob, i * 4);
        }
        return new Header(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
    }

    public static DeviceTree read(byte[] blob) throws FdtFormatException {
        Header h = header(blob);
        if (h.magic() != FdtWriter.MAGIC) {
            throw new FdtFormatException(String.format("offset 0: magic 0x%08x is not 0xd00dfeed", h.magic()));
        }
        if (h.totalSize() < FdtWriter.HEADER_SIZE || h.totalSize() > blob.length) {
            throw new FdtFormatException("offset 4: totalsize " + h.totalSize() + " outside the blob of " + blob.length + " bytes");
        }
        if (h.lastCompVersion() > FdtWriter.VERSION || h.version() < 16) {
            throw new FdtFormatException("offset 20: version " + h.version() + " / last_comp_version " + h.lastCompVersion() + " not readable (16..17)");
        }
        within(h.offMemRsvmap(), 16, h.totalSize(), "memory reservation block", 16);
        if (h.offMemRsvmap() % 8 != 0) {
            throw new FdtFormatException("offset 16: off_mem_rsvmap " + h.offMemRsvmap() + " is not 8-byte aligned (5.3.1)");
        }
        within(h.offDtStruct(), h.sizeDtStruct(), h.totalSize(), "structure block", 8);
        if (h.offDtStruct() % 4 != 0) {
            throw new FdtFormatException("offset 8: off_dt_struct " + h.offDtStruct() + " is not 4-byte aligned (5.4.1)");
        }
        within(h.offDtStrings(), h.sizeDtStrings(), h.totalSize(), "strings block", 12);

        DeviceTree tree = new DeviceTree();
        tree.setBootCpu(h.bootCpuidPhys());
        int at = h.offMemRsvmap();
        while (true) {
            if (at + 16 > h.totalSize()) {
                throw new FdtFormatException("offset " + at + ": memory reservation block has no terminating zero entry");
            }
            long address = (long) FdtNode.getInt(blob, at) << 32 | FdtNode.getInt(blob, at + 4) & 0xffffffffL;
            long size = (long) FdtNode.getInt(blob, at + 8) << 32 | FdtNode.getInt(blob, at + 12) & 0xffffffffL;
            at += 16;
            if (address == 0 && size == 0) {
                break;
            }
            tree.reserve(address, size);
        }
        FdtReader reader = new FdtReader(blob, h.offDtStruct(), h.offDtStruct() + h.sizeDtStruct(), h.offDtStrings(), h.sizeDtStrings());
        reader.pos = h.offDtStruct();
        reader.skipNops();
        int token = reader.token();
        if (token != FdtWriter.FDT_BEGIN_NODE) {
            throw new FdtFormatException("offset " + (reader.pos - 4) + ": structure block must start with FDT_BEGIN_NODE, found 0x" + Integer.toHexString(token));
        }
        String rootName = reader.name();
        if (!rootName.isEmpty()) {
            throw new FdtFormatException("offset " + h.offDtStruct() + ": root node name must be empty, is '" + rootName + "'");
        }
        reader.body(tree.root());
        reader.skipNops();
        int end = reader.token();
        if (end != FdtWriter.FDT_END) {
            throw new FdtFormatException("offset " + (reader.pos - 4) + ": expected FDT_END after the root node, found 0x" + Integer.toHexString(end));
        }
        return tree;
    }

    private static void within(int offset, int size, int total, String what, int headerOffset) throws FdtFormatException {
        if (offset < FdtWriter.HEADER_SIZE || size < 0 || (long) offset + size > total) {
            throw new FdtFormatException("offset " + headerOffset + ": " + what + " at " + offset + " (+" + size + ") is outside totalsize " + total);
        }
    }

    private int token() throws FdtFormatException {
        if (pos + 4 > structEnd) {
            throw new FdtFormatException("offset " + pos + ": structure block ends inside a token");
        }
        int t = FdtNode.getInt(blob, pos);
        pos += 4;
        return t;
    }

    private void skipNops() throws FdtFormatException {
        while (pos + 4 <= structEnd && FdtNode.getInt(blob, pos) == FdtWriter.FDT_NOP) {
            pos += 4;
        }
    }

    private String name() throws FdtFormatException {
        int start = pos;
        while (pos < structEnd && blob[pos] != 0) {
            pos++;
        }
        if (pos >= structEnd) {
            throw new FdtFormatException("offset " + start + ": node name runs past the structure block");
        }
        String name = new String(blob, start, pos - start, StandardCharsets.US_ASCII);
        pos++;
        align();
        return name;
    }

    private void align() {
        pos = offStruct + ((pos - offStruct + 3) & ~3);
    }

    /** Properties, then subnodes, then FDT_END_NODE (5.4.2). */
    private void body(FdtNode node) throws FdtFormatException {
        boolean seenChild = false;
        while (true) {
            int at = pos;
            int token = token();
            switch (token) {
                case FdtWriter.FDT_NOP -> { }
                case FdtWriter.FDT_PROP -> {
                    if (seenChild) {
                        throw new FdtFormatException("offset " + at + ": property after a subnode in " + node.path() + " (5.4.2)");
                    }
                    int len = token();
                    int nameOff = token();
                    if (len < 0 || pos + len > structEnd) {
                        throw new FdtFormatException("offset " + at + ": property length " + len + " runs past the structure block");
                    }
                    String propertyName = string(nameOff, at);
                    byte[] value = new byte[len];
                    System.arraycopy(blob, pos, value, 0, len);
                    pos += len;
                    align();
                    try {
                        node.property(propertyName, value);
                    } catch (IllegalArgumentException e) {
                        throw new FdtFormatException("offset " + at + ": " + e.getMessage());
                    }
                }
                case FdtWriter.FDT_BEGIN_NODE -> {
                    seenChild = true;
                    String name = name();
                    FdtNode child;
                    try {
                        child = node.addNode(name);
                    } catch (IllegalArgumentException e) {
                        throw new FdtFormatException("offset " + at + ": " + e.getMessage());
                    }
                    body(child);
                }
                case FdtWriter.FDT_END_NODE -> {
                    return;
                }
                default -> throw new FdtFormatException("offset " + at + ": unexpected token 0x" + Integer.toHexString(token) + " in " + node.path());
            }
        }
    }

    private String string(int offset, int at) throws FdtFormatException {
        if (offset < 0 || offset >= sizeStrings) {
            throw new FdtFormatException("offset " + at + ": property name offset " + offset + " outside the strings block of " + sizeStrings + " bytes");
        }
        int start = offStrings + offset;
        int end = start;
        while (end < offStrings + sizeStrings && blob[end] != 0) {
            end++;
        }
        if (end >= offStrings + sizeStrings) {
            throw new FdtFormatException("offset " + at + ": property name at strings offset " + offset + " is not NUL-terminated");
        }
        return new String(blob, start, end - start, StandardCharsets.US_ASCII);
    }
}
