package org.a64wb.device.virtio.rng;

import java.util.Random;

import org.a64wb.device.virtio.VirtioDevice;
import org.a64wb.device.virtio.queue.DescriptorChain;
import org.a64wb.device.virtio.queue.SplitVirtqueue;

/**
 * A virtio entropy source (virtio 1.2, 5.4 "Entropy Device"): one request queue whose device-writable buffers
 * it fills completely with bytes from the host's generator (SecureRandom in the board), no features, no
 * configuration space.
 */
public final class EntropyDevice implements VirtioDevice {

    public static final int DEVICE_ID = 4;
    /** QEMU's virtio-rng queue size. */
    public static final int QUEUE_SIZE = 8;

    private final Random source;

    public EntropyDevice(Random source) {
        this.source = source;
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    @Override
    public String name() {
        return "virtio-rng";
    }

    @Override
    public long features() {
        return 0;
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
        return new byte[0];
    }

    @Override
    public void queueNotified(int index, SplitVirtqueue queue) {
        DescriptorChain request;
        while ((request = queue.next()) != null) {
            // 5.4.6: the device fills the buffer; a driver may ask for a lot at once, so it is filled in pieces.
            byte[] bytes = new byte[Math.min(request.writableLength(), 64 << 10)];
            int done = 0;
            while (done < request.writableLength()) {
                int n = Math.min(bytes.length, request.writableLength() - done);
                source.nextBytes(bytes);
                request.write(done, bytes, 0, n);
                done += n;
            }
            queue.complete(request, done);
        }
    }
}
