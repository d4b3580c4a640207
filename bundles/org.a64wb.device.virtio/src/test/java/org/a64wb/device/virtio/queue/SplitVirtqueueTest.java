package org.a64wb.device.virtio.queue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.a64wb.device.virtio.TestRam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device side of split virtqueues against the rules of virtio 1.2, 2.7. */
class SplitVirtqueueTest {

    private static final int SIZE = 8;
    private TestRam ram;
    private long desc;
    private long avail;
    private long used;
    private int availIdx;

    @BeforeEach
    void setUp() {
        ram = new TestRam(0x4000_0000L, 1 << 16);
        desc = ram.allocate(16 * SIZE, 16);
        avail = ram.allocate(6 + 2 * SIZE, 2);
        used = ram.allocate(6 + 8 * SIZE, 4);
    }

    private SplitVirtqueue queue(boolean indirect) {
        return new SplitVirtqueue(ram, SIZE, desc, avail, used, indirect);
    }

    private void descriptor(long table, int index, long address, long length, int flags, int next) {
        long e = table + 16L * index;
        ram.writeLittleEndian(e, 8, address);
        ram.writeLittleEndian(e + 8, 4, length);
        ram.writeLittleEndian(e + 12, 2, flags);
        ram.writeLittleEndian(e + 14, 2, next);
    }

    private void makeAvailable(int head) {
        ram.writeLittleEndian(avail + 4 + 2L * (availIdx % SIZE), 2, head);
        availIdx = (availIdx + 1) & 0xffff;
        ram.writeLittleEndian(avail + 2, 2, availIdx);
    }

    private String error(SplitVirtqueue q) {
        return assertThrows(VirtqueueError.class, q::next).getMessage();
    }

    @Test
    void aChainGathersItsReadableAndWritableBuffersInOrder() {
        long a = ram.allocate(3, 1);
        long b = ram.allocate(2, 1);
        long w = ram.allocate(4, 1);
        ram.write(a, new byte[] {1, 2, 3}, 0, 3);
        ram.write(b, new byte[] {4, 5}, 0, 2);
        descriptor(desc, 5, a, 3, SplitVirtqueue.DESC_F_NEXT, 2);
        descriptor(desc, 2, b, 2, SplitVirtqueue.DESC_F_NEXT, 7);
        descriptor(desc, 7, w, 4, SplitVirtqueue.DESC_F_WRITE, 0);
        makeAvailable(5);
        SplitVirtqueue q = queue(false);
        DescriptorChain chain = q.next();
        assertEquals(5, chain.head());
        assertEquals(5, chain.readableLength());
        assertEquals(4, chain.writableLength());
        byte[] middle = new byte[3];
        chain.read(2, middle, 0, 3);
        assertArrayEquals(new byte[] {3, 4, 5}, middle, "reads run across descriptor boundaries");
        chain.write(1, new byte[] {9, 9}, 0, 2);
        assertArrayEquals(new byte[] {0, 9, 9, 0}, ram.bytes(w, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> chain.write(3, new byte[2], 0, 2));
        assertNull(q.next(), "nothing more available");
    }

    @Test
    void completingWritesTheUsedElementThenTheIndex() {
        long w = ram.allocate(4, 1);
        descriptor(desc, 3, w, 4, SplitVirtqueue.DESC_F_WRITE, 0);
        makeAvailable(3);
        SplitVirtqueue q = queue(false);
        q.complete(q.next(), 4);
        assertEquals(1, ram.readLittleEndian(used + 2, 2), "used idx");
        assertEquals(3, ram.readLittleEndian(used + 4, 4), "used elem id = the head");
        assertEquals(4, ram.readLittleEndian(used + 8, 4), "used elem len = bytes written");
        assertTrue(q.takeInterruptRequest());
        assertTrue(!q.takeInterruptRequest(), "one request per batch of used buffers");
    }

    @Test
    void indexesWrapAt16Bits() {
        long w = ram.allocate(1, 1);
        SplitVirtqueue q = queue(false);
        for (int i = 0; i < 70000; i++) {
            descriptor(desc, i % SIZE, w, 1, SplitVirtqueue.DESC_F_WRITE, 0);
            makeAvailable(i % SIZE);
            DescriptorChain chain = q.next();
            assertEquals(i % SIZE, chain.head());
            q.complete(chain, 1);
        }
        assertEquals(70000 & 0xffff, ram.readLittleEndian(used + 2, 2));
    }

    @Test
    void indirectTablesAreFollowedWhenNegotiated() {
        long table = ram.allocate(32, 16);
        long r = ram.allocate(2, 1);
        long w = ram.allocate(2, 1);
        descriptor(table, 0, r, 2, SplitVirtqueue.DESC_F_NEXT, 1);
        descriptor(table, 1, w, 2, SplitVirtqueue.DESC_F_WRITE, 0);
        descriptor(desc, 0, table, 32, SplitVirtqueue.DESC_F_INDIRECT, 0);
        makeAvailable(0);
        DescriptorChain chain = queue(true).next();
        assertEquals(List.of(new DescriptorChain.Segment(r, 2, false)), chain.readableSegments());
        assertEquals(List.of(new DescriptorChain.Segment(w, 2, true)), chain.writableSegments());
    }

    @Test
    void anIndirectDescriptorWithoutTheFeatureIsAnError() {
        long table = ram.allocate(16, 16);
        descriptor(table, 0, ram.allocate(2, 1), 2, 0, 0);
        descriptor(desc, 0, table, 16, SplitVirtqueue.DESC_F_INDIRECT, 0);
        makeAvailable(0);
        assertTrue(error(queue(false)).contains("VIRTIO_F_INDIRECT_DESC was not negotiated"));
    }

    @Test
    void anIndirectDescriptorMustNotChainOrNest() {
        long table = ram.allocate(16, 16);
        descriptor(table, 0, table, 16, SplitVirtqueue.DESC_F_INDIRECT, 0);
        descriptor(desc, 0, table, 16, SplitVirtqueue.DESC_F_INDIRECT, 0);
        makeAvailable(0);
        assertTrue(error(queue(true)).contains("only one of its chain"), "2.7.5.3.1: no indirect inside an indirect table");
        descriptor(desc, 1, table, 16, SplitVirtqueue.DESC_F_INDIRECT | SplitVirtqueue.DESC_F_NEXT, 2);
        makeAvailable(1);
        SplitVirtqueue q = queue(true);
        error(q);
        assertTrue(error(q).contains("only one of its chain"), "2.7.5.3.1: INDIRECT and NEXT together");
    }

    @Test
    void anIndirectTableMustHoldWholeDescriptors() {
        descriptor(desc, 0, ram.allocate(24, 16), 24, SplitVirtqueue.DESC_F_INDIRECT, 0);
        makeAvailable(0);
        assertTrue(error(queue(true)).contains("indirect table of 24 bytes"));
    }

    @Test
    void aLoopingChainIsAnError() {
        long r = ram.allocate(1, 1);
        descriptor(desc, 0, r, 1, SplitVirtqueue.DESC_F_NEXT, 1);
        descriptor(desc, 1, r, 1, SplitVirtqueue.DESC_F_NEXT, 0);
        makeAvailable(0);
        assertTrue(error(queue(false)).contains("a loop"));
    }

    @Test
    void aNextIndexOutsideTheTableIsAnError() {
        descriptor(desc, 0, ram.allocate(1, 1), 1, SplitVirtqueue.DESC_F_NEXT, SIZE);
        makeAvailable(0);
        assertTrue(error(queue(false)).contains("descriptor 8 of chain 0 is outside its 8-entry table"));
    }

    @Test
    void aHeadOutsideTheTableIsAnError() {
        makeAvailable(SIZE + 3);
        assertTrue(error(queue(false)).contains("descriptor 11"));
    }

    @Test
    void aReadableBufferAfterAWritableOneIsAnError() {
        long b = ram.allocate(2, 1);
        descriptor(desc, 0, b, 1, SplitVirtqueue.DESC_F_WRITE | SplitVirtqueue.DESC_F_NEXT, 1);
        descriptor(desc, 1, b + 1, 1, 0, 0);
        makeAvailable(0);
        assertTrue(error(queue(false)).contains("device-readable buffer after a device-writable one"));
    }

    @Test
    void aBufferOutsideRamIsAnError() {
        descriptor(desc, 0, ram.end() - 4, 8, 0, 0);
        makeAvailable(0);
        assertTrue(error(queue(false)).contains("is not guest RAM"));
        descriptor(desc, 1, -16, 0xffff_ffffL, SplitVirtqueue.DESC_F_WRITE, 0);
        makeAvailable(1);
        SplitVirtqueue q = queue(false);
        error(q);
        assertTrue(error(q).contains("is not guest RAM"), "an address that wraps around");
    }

    @Test
    void anAvailableIndexMoreThanTheQueueSizeAheadIsAnError() {
        ram.writeLittleEndian(avail + 2, 2, SIZE + 1);
        assertTrue(error(queue(false)).contains("moved 9 entries ahead in a queue of 8"));
    }

    @Test
    void aQueueSizeMustBeAPowerOfTwo() {
        assertThrows(VirtqueueError.class, () -> new SplitVirtqueue(ram, 6, desc, avail, used, false));
    }

    @Test
    void ringsMustBeInRamAndAligned() {
        assertTrue(assertThrows(VirtqueueError.class, () -> new SplitVirtqueue(ram, SIZE, desc, avail, ram.end() - 8, false)).getMessage()
                .contains("used ring"));
        assertTrue(assertThrows(VirtqueueError.class, () -> new SplitVirtqueue(ram, SIZE, desc, avail + 1, used, false)).getMessage()
                .contains("available ring at 0x" + Long.toHexString(avail + 1) + " is not 2-byte aligned"));
    }
}
