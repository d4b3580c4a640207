package org.a64wb.device.virtio.queue;

import java.util.List;

import org.a64wb.board.api.GuestMemory;

/**
 * One request: the buffers of a descriptor chain (virtio 1.2, 2.7.5 "The Virtqueue Descriptor Table"), its
 * device-readable segments first, then its device-writable ones, each already checked to lie in guest RAM. The
 * device reads the readable part and writes the writable part as two byte streams, whatever the segmentation.
 */
public final class DescriptorChain {

    /** One buffer of the chain. */
    public record Segment(long address, int length, boolean writable) {
    }

    private final int head;
    private final List<Segment> readable;
    private final List<Segment> writable;
    private final int readableLength;
    private final int writableLength;
    private final GuestMemory memory;

    DescriptorChain(int head, List<Segment> readable, List<Segment> writable, GuestMemory memory) {
        this.head = head;
        this.readable = List.copyOf(readable);
        this.writable = List.copyOf(writable);
        this.readableLength = total(readable);
        this.writableLength = total(writable);
        this.memory = memory;
    }

    private static int total(List<Segment> segments) {
        long sum = 0;
        for (Segment s : segments) {
            sum += s.length();
        }
        return (int) sum; // the queue refuses chains of 2 GiB or more
    }

    /** The head descriptor's index: the id of the used ring element. */
    public int head() {
        return head;
    }

    public List<Segment> readableSegments() {
        return readable;
    }

    public List<Segment> writableSegments() {
        return writable;
    }

    public int readableLength() {
        return readableLength;
    }

    public int writableLength() {
        return writableLength;
    }

    /** Copies {@code length} bytes of the readable part from byte {@code offset} of it. */
    public void read(int offset, byte[] into, int intoOffset, int length) {
        check(offset, length, readableLength, "readable");
        copy(readable, offset, into, intoOffset, length, false);
    }

    /** Writes {@code length} bytes into the writable part at byte {@code offset} of it. */
    public void write(int offset, byte[] from, int fromOffset, int length) {
        check(offset, length, writableLength, "writable");
        copy(writable, offset, from, fromOffset, length, true);
    }

    private static void check(int offset, int length, int available, String part) {
        if (offset < 0 || length < 0 || offset > available - length) {
            throw new IndexOutOfBoundsException(offset + "+" + length + " outside the " + available + "-byte " + part + " part");
        }
    }

    private void copy(List<Segment> segments, int offset, byte[] buffer, int bufferOffset, int length, boolean toGuest) {
        int skip = offset;
        int done = 0;
        for (Segment s : segments) {
            if (done == length) {
                return;
            }
            if (skip >= s.length()) {
                skip -= s.length();
                continue;
            }
            int n = Math.min(s.length() - skip, length - done);
            if (toGuest) {
                memory.write(s.address() + skip, buffer, bufferOffset + done, n);
            } else {
                memory.read(s.address() + skip, buffer, bufferOffset + done, n);
            }
            done += n;
            skip = 0;
        }
    }
}
