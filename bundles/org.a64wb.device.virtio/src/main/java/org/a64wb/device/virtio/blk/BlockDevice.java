package org.a64wb.device.virtio.blk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.a64wb.device.virtio.VirtioDevice;
import org.a64wb.device.virtio.queue.DescriptorChain;
import org.a64wb.device.virtio.queue.SplitVirtqueue;
import org.a64wb.device.virtio.queue.VirtqueueError;

/**
 * A virtio block device backed by a host file (virtio 1.2, 5.2 "Block Device"): one request queue; the
 * capacity is the file's size in 512-byte sectors; VIRTIO_BLK_T_IN, OUT, FLUSH and GET_ID are served (OUT
 * writes through to the file unless the disk is read-only, which VIRTIO_BLK_F_RO tells the driver). A request
 * the device cannot carry out (past the end, a length that is not whole sectors, a write to a read-only disk,
 * a host I/O error) ends with VIRTIO_BLK_S_IOERR, an unknown type with VIRTIO_BLK_S_UNSUPP; a request without
 * its 16-byte header or its status byte is a broken ring (as QEMU's virtio_blk_handle_request treats it).
 */
public final class BlockDevice implements VirtioDevice, AutoCloseable {

    public static final int DEVICE_ID = 2;
    public static final int SECTOR = 512;

    /** Feature bits (5.2.3). */
    public static final long F_SEG_MAX = 1L << 2;
    public static final long F_RO = 1L << 5;
    public static final long F_BLK_SIZE = 1L << 6;
    public static final long F_FLUSH = 1L << 9;

    /** Request types (5.2.6). */
    public static final int T_IN = 0;
    public static final int T_OUT = 1;
    public static final int T_FLUSH = 4;
    public static final int T_GET_ID = 8;

    /** Request status (5.2.6). */
    public static final int S_OK = 0;
    public static final int S_IOERR = 1;
    public static final int S_UNSUPP = 2;

    /** The device ID string's length (VIRTIO_BLK_ID_BYTES). */
    public static final int ID_BYTES = 20;
    public static final int QUEUE_SIZE = 256;
    /** struct virtio_blk_config up to blk_size (5.2.4): capacity, size_max, seg_max, geometry, blk_size. */
    public static final int CONFIG_SIZE = 24;
    private static final int HEADER = 16;
    /** Data moves through a buffer of at most this many bytes: a guest's huge request costs no huge host array. */
    private static final int CHUNK = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final boolean readOnly;
    private final long capacity;
    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();

    /** Opens {@code file} for reading, and writing unless {@code readOnly}. */
    public static BlockDevice open(Path file, boolean readOnly, Consumer<String> warnings) throws IOException {
        FileChannel channel = readOnly ? FileChannel.open(file, StandardOpenOption.READ)
                : FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            return new BlockDevice(file, channel, readOnly, channel.size() / SECTOR, warnings);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private BlockDevice(Path file, FileChannel channel, boolean readOnly, long capacity, Consumer<String> warnings) {
        this.file = file;
        this.channel = channel;
        this.readOnly = readOnly;
        this.capacity = capacity;
        this.warnings = warnings;
    }

    /** The capacity in 512-byte sectors (a file's partial last sector is not part of the disk, as with QEMU's raw format). */
    public long capacity() {
        return capacity;
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    @Override
    public String name() {
        return "virtio-blk " + file + (readOnly ? " (read-only)" : "");
    }

    @Override
    public long features() {
        return F_SEG_MAX | F_BLK_SIZE | F_FLUSH | (readOnly ? F_RO : 0);
    }

    @Override
    public int queueCount() {
        return 1;
    }

    @Override
    public int maxQueueSize(int queue) {
        return QUEUE_SIZE;
    }

    @Override
    public byte[] configSpace() {
        ByteBuffer config = ByteBuffer.allocate(CONFIG_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        config.putLong(0, capacity);
        config.putInt(12, QUEUE_SIZE - 2); // seg_max: data segments besides the header and the status (QEMU's choice)
        config.putInt(20, SECTOR); // blk_size
        return config.array();
    }

    @Override
    public void queueNotified(int index, SplitVirtqueue queue) {
        DescriptorChain request;
        while ((request = queue.next()) != null) {
            queue.complete(request, serve(request));
        }
    }

    /** Carries out one request; the bytes written into its writable part (data and the status byte). */
    private int serve(DescriptorChain request) {
        if (request.readableLength() < HEADER || request.writableLength() < 1) {
            throw new VirtqueueError("virtio-blk request " + request.head() + " without its " + HEADER + "-byte header or status byte (5.2.6)");
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        request.read(0, header.array(), 0, HEADER);
        int type = header.getInt(0);
        long sector = header.getLong(8);
        int statusAt = request.writableLength() - 1;
        int written = 0;
        int status;
        try {
            switch (type) {
                case T_IN -> {
                    int length = statusAt;
                    status = checkRange(sector, length);
                    if (status == S_OK) {
                        byte[] data = new byte[Math.min(length, CHUNK)];
                        for (int done = 0; done < length; done += data.length) {
                            int n = Math.min(data.length, length - done);
                            readFile(sector * SECTOR + done, data, n);
                            request.write(done, data, 0, n);
                        }
                        written = length;
                    }
                }
                case T_OUT -> {
                    int length = request.readableLength() - HEADER;
                    status = readOnly ? S_IOERR : checkRange(sector, length);
                    if (status == S_OK) {
                        byte[] data = new byte[Math.min(length, CHUNK)];
                        for (int done = 0; done < length; done += data.length) {
                            int n = Math.min(data.length, length - done);
                            request.read(HEADER + done, data, 0, n);
                            writeFile(sector * SECTOR + done, data, n);
                        }
                    }
                }
                case T_FLUSH -> {
                    if (!readOnly) {
                        channel.force(false);
                    }
                    status = S_OK;
                }
                case T_GET_ID -> {
                    // Like QEMU with no serial= set: an ID of NUL bytes (Linux's /sys/block/vdX/serial reads empty).
                    written = Math.min(ID_BYTES, statusAt);
                    request.write(0, new byte[written], 0, written);
                    status = S_OK;
                }
                default -> status = S_UNSUPP;
            }
        } catch (IOException e) {
            warnOnce("io", name() + ": host I/O error (" + e.getMessage() + "); the request ends with VIRTIO_BLK_S_IOERR");
            status = S_IOERR;
            written = 0;
        }
        request.write(statusAt, new byte[] {(byte) status}, 0, 1);
        return written + 1;
    }

    /** OK when {@code length} bytes from {@code sector} are whole sectors inside the disk, IOERR otherwise (5.2.6.2). */
    private int checkRange(long sector, int length) {
        if (length % SECTOR != 0 || sector < 0 || sector > capacity || length / SECTOR > capacity - sector) {
            return S_IOERR;
        }
        return S_OK;
    }

    private void readFile(long position, byte[] data, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data, 0, length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ends at " + (position + buffer.position()) + " bytes, inside the disk (it shrank)");
            }
        }
    }

    private void writeFile(long position, byte[] data, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer, position + buffer.position());
        }
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) {
            warnings.accept(message);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return name();
    }
}
