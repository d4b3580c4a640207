package org.a64wb.fdt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The DTB layout of Devicetree Specification v0.4 chapter 5, checked byte by byte. */
class FdtWriterTest {

    private static DeviceTree sample() {
        DeviceTree tree = new DeviceTree();
        tree.root().u32("#address-cells", 2).u32("#size-cells", 2).string("compatible", "linux,dummy-virt");
        tree.root().addNode("memory@40000000").string("device_type", "memory").reg("reg", 2, 2, 0x40000000L, 0x10000000L);
        tree.root().addNode("chosen").string("bootargs", "console=ttyAMA0");
        tree.reserve(0x48000000L, 0x1000);
        return tree;
    }

    private static int be(byte[] b, int off) {
        return FdtNode.getInt(b, off);
    }

    @Test
    void headerHasMagicVersionAndConsistentOffsets() {
        byte[] dtb = sample().toDtb();
        assertEquals(0xd00dfeed, be(dtb, 0));
        assertEquals(dtb.length, be(dtb, 4));
        int offStruct = be(dtb, 8);
        int offStrings = be(dtb, 12);
        int offRsv = be(dtb, 16);
        assertEquals(17, be(dtb, 20));
        assertEquals(16, be(dtb, 24));
        assertEquals(40, offRsv);
        assertEquals(0, offRsv % 8);
        assertEquals(0, offStruct % 4);
        assertEquals(offStruct + be(dtb, 36), offStrings, "strings follow the structure block");
        assertEquals(offStrings + be(dtb, 32), dtb.length, "strings end the blob");
    }

    @Test
    void reservationBlockListsEntriesAndEndsWithZeroEntry() {
        byte[] dtb = sample().toDtb();
        int rsv = be(dtb, 16);
        assertEquals(0, be(dtb, rsv));
        assertEquals(0x48000000, be(dtb, rsv + 4));
        assertEquals(0, be(dtb, rsv + 8));
        assertEquals(0x1000, be(dtb, rsv + 12));
        for (int i = 16; i < 32; i += 4) {
            assertEquals(0, be(dtb, rsv + i));
        }
        assertEquals(rsv + 32, be(dtb, 8), "structure block right after the terminator");
    }

    @Test
    void structureBlockIsTokenSequenceWithPaddedNamesAndValues() {
        byte[] dtb = sample().toDtb();
        int p = be(dtb, 8);
        int strings = be(dtb, 12);
        assertEquals(FdtWriter.FDT_BEGIN_NODE, be(dtb, p));
        assertEquals(0, be(dtb, p + 4), "root name is empty: one NUL padded to 4 bytes");
        p += 8;
        assertEquals(FdtWriter.FDT_PROP, be(dtb, p));
        assertEquals(4, be(dtb, p + 4));
        assertEquals("#address-cells", cString(dtb, strings + be(dtb, p + 8)));
        assertEquals(2, be(dtb, p + 12));
        p += 16;
        assertEquals(FdtWriter.FDT_PROP, be(dtb, p));
        assertEquals("#size-cells", cString(dtb, strings + be(dtb, p + 8)));
        p += 16;
        assertEquals(FdtWriter.FDT_PROP, be(dtb, p));
        assertEquals(17, be(dtb, p + 4), "\"linux,dummy-virt\" and its NUL");
        assertEquals("compatible", cString(dtb, strings + be(dtb, p + 8)));
        p += 12 + 20; // 17 bytes padded to 20
        assertEquals(FdtWriter.FDT_BEGIN_NODE, be(dtb, p));
        assertEquals("memory@40000000", cString(dtb, p + 4));
        p += 4 + 16; // 15 characters + NUL
        assertEquals(FdtWriter.FDT_PROP, be(dtb, p));
        assertEquals("device_type", cString(dtb, strings + be(dtb, p + 8)));
        p += 12 + 8;
        assertEquals(FdtWriter.FDT_PROP, be(dtb, p));
        assertEquals(16, be(dtb, p + 4));
        assertArrayEquals(new int[] {0, 0x40000000, 0, 0x10000000}, new int[] {be(dtb, p + 12), be(dtb, p + 16), be(dtb, p + 20), be(dtb, p + 24)});
        p += 12 + 16;
        assertEquals(FdtWriter.FDT_END_NODE, be(dtb, p));
        p += 4;
        assertEquals(FdtWriter.FDT_BEGIN_NODE, be(dtb, p));
        assertEquals("chosen", cString(dtb, p + 4));
        p += 4 + 8;
        assertEquals(FdtWriter.FDT_PROP, be(dtb, p));
        p += 12 + 16; // "console=ttyAMA0" 16 bytes
        assertEquals(FdtWriter.FDT_END_NODE, be(dtb, p));
        assertEquals(FdtWriter.FDT_END_NODE, be(dtb, p + 4));
        assertEquals(FdtWriter.FDT_END, be(dtb, p + 8));
        assertEquals(strings, p + 12, "FDT_END is the last token of the structure block");
    }

    @Test
    void stringsBlockHoldsEachPropertyNameOnce() {
        DeviceTree tree = new DeviceTree();
        tree.root().addNode("a").string("compatible", "x");
        tree.root().addNode("b").string("compatible", "y");
        byte[] dtb = tree.toDtb();
        assertEquals("compatible\0".length(), be(dtb, 32));
    }

    @Test
    void readerRoundTripsNodesPropertiesAndReservations() throws FdtFormatException {
        DeviceTree back = FdtReader.read(sample().toDtb());
        assertEquals(List.of("linux,dummy-virt"), back.root().strings("compatible"));
        assertArrayEquals(new int[] {0, 0x40000000, 0, 0x10000000}, back.root().find("memory@40000000").cells("reg"));
        assertEquals(List.of("console=ttyAMA0"), back.root().find("/chosen").strings("bootargs"));
        assertEquals(List.of(new DeviceTree.Reservation(0x48000000L, 0x1000)), back.reservations());
    }

    @Test
    void stringListHasEveryStringNulTerminated() {
        FdtNode node = FdtNode.root().addNode("uart@9000000").string("compatible", "arm,pl011", "arm,primecell");
        assertArrayEquals("arm,pl011\0arm,primecell\0".getBytes(StandardCharsets.US_ASCII), node.get("compatible"));
    }

    @Test
    void phandlesAreUniqueAndNonZero() {
        DeviceTree tree = new DeviceTree();
        FdtNode a = tree.root().addNode("a");
        FdtNode b = tree.root().addNode("b");
        int pa = tree.phandle(a);
        int pb = tree.phandle(b);
        assertTrue(pa != 0 && pb != 0 && pa != pb);
        assertEquals(pa, tree.phandle(a));
    }

    @Test
    void badNodeNameIsRejectedWithReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FdtNode.root().addNode("uart 0"));
        assertTrue(e.getMessage().contains("' '"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FdtNode.root().addNode("0uart"));
        assertThrows(IllegalArgumentException.class, () -> FdtNode.root().addNode("a-name-that-is-far-too-long-for-the-spec"));
        assertThrows(IllegalArgumentException.class, () -> FdtNode.root().addNode("uart@"));
    }

    @Test
    void duplicatePropertyAndNodeAreRejectedWithPath() {
        FdtNode uart = FdtNode.root().addNode("pl011@9000000");
        uart.string("status", "okay");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> uart.string("status", "disabled"));
        assertTrue(e.getMessage().startsWith("/pl011@9000000: duplicate property"), e.getMessage());
        FdtNode root = FdtNode.root();
        root.addNode("chosen");
        assertThrows(IllegalArgumentException.class, () -> root.addNode("chosen"));
    }

    @Test
    void regValueTooWideForOneCellIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FdtNode.root().addNode("m").reg("reg", 1, 1, 0x1_0000_0000L, 0x1000));
    }

    @Test
    void truncatedOrCorruptBlobsGiveFormatErrors() {
        byte[] dtb = sample().toDtb();
        assertThrows(FdtFormatException.class, () -> FdtReader.read(new byte[10]));
        byte[] badMagic = dtb.clone();
        badMagic[0] = 0;
        FdtFormatException e = assertThrows(FdtFormatException.class, () -> FdtReader.read(badMagic));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(dtb, dtb.length - 8);
        assertThrows(FdtFormatException.class, () -> FdtReader.read(truncated));
        byte[] badToken = dtb.clone();
        FdtNode.putInt(badToken, be(dtb, 8) + 8, 0x77);
        assertThrows(FdtFormatException.class, () -> FdtReader.read(badToken));
    }

    private static String cString(byte[] b, int at) {
        int end = at;
        while (b[end] != 0) {
            end++;
        }
        return new String(b, at, end - at, StandardCharsets.US_ASCII);
    }
}
