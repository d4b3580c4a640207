package org.a64wb.fdt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link DeviceTree} as a DTB (Devicetree Specification v0.4, chapter 5): the 40-byte header
 * (5.2), the memory reservation block (5.3, 8-byte aligned, ended by a zero entry), the structure block
 * (5.4: FDT_BEGIN_NODE name, FDT_PROP len nameoff value, FDT_END_NODE, FDT_END; every token 4-byte
 * aligned, properties before subnodes) and the strings block (5.5, each property name once). All
 * integers big-endian. Version 17, last compatible version 16, as dtc writes.
 */
public final class FdtWriter {

    public static final int MAGIC = 0xd00dfeed;
    public static final int VERSION = 17;
    public static final int LAST_COMPATIBLE_VERSION = 16;
    public static final int HEADER_SIZE = 40;

    public static final int FDT_BEGIN_NODE = 0x1;
    public static final int FDT_END_NODE = 0x2;
    public static final int FDT_PROP = 0x3;
    public static final int FDT_NOP = 0x4;
    public static final int FDT_END = 0x9;

    private FdtWriter() {
    }

    public static byte[] write(DeviceTree tree) {
        Map<String, Integer> strings = new LinkedHashMap<>();
        ByteArrayOutputStream stringBlock = new ByteArrayOutputStream();
        ByteArrayOutputStream struct = new ByteArrayOutputStream();
        node(tree.root(), struct, strings, stringBlock);
        word(struct, FDT_END);

        ByteArrayOutputStream rsv = new ByteArrayOutputStream();
        for (DeviceTree.Reservation r : tree.reservations()) {
            long64(rsv, r.address());
            long64(rsv, r.size());
        }
        long64(rsv, 0);
        long64(rsv, 0);

        int offRsv = HEADER_SIZE; // 40 is already 8-byte aligned (5.3.1)
        int offStruct = offRsv + rsv.size(); // a multiple of 8, so 4-byte aligned (5.4.1)
        int offStrings = offStruct + struct.size();
        int total = offStrings + stringBlock.size();

        ByteArrayOutputStream out = new ByteArrayOutputStream(total);
        word(out, MAGIC);
        word(out, total);
        word(out, offStruct);
        word(out, offStrings);
        word(out, offRsv);
        word(out, VERSION);
        word(out, LAST_COMPATIBLE_VERSION);
        word(out, tree.bootCpu());
        word(out, stringBlock.size());
        word(out, struct.size());
        out.writeBytes(rsv.toByteArray());
        out.writeBytes(struct.toByteArray());
        out.writeBytes(stringBlock.toByteArray());
        return out.toByteArray();
    }

    private static void node(FdtNode node, ByteArrayOutputStream struct, Map<String, Integer> strings, ByteArrayOutputStream stringBlock) {
        word(struct, FDT_BEGIN_NODE);
        struct.writeBytes(node.name().getBytes(StandardCharsets.US_ASCII));
        struct.write(0);
        pad(struct);
        for (Map.Entry<String, byte[]> property : node.properties().entrySet()) {
            Integer nameOffset = strings.get(property.getKey());
            if (nameOffset == null) {
                nameOffset = stringBlock.size();
                strings.put(property.getKey(), nameOffset);
                stringBlock.writeBytes(property.getKey().getBytes(StandardCharsets.US_ASCII));
                stringBlock.write(0);
            }
            byte[] value = property.getValue();
            word(struct, FDT_PROP);
            word(struct, value.length);
            word(struct, nameOffset);
            struct.writeBytes(value);
            pad(struct);
        }
        for (FdtNode child : node.children()) {
            node(child, struct, strings, stringBlock);
        }
        word(struct, FDT_END_NODE);
    }

    private static void pad(ByteArrayOutputStream out) {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
    }

    private static void word(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void long64(ByteArrayOutputStream out, long v) {
        word(out, (int) (v >>> 32));
        word(out, (int) v);
    }
}
