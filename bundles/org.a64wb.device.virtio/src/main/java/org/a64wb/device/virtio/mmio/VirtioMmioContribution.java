package org.a64wb.device.virtio.mmio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.api.DeviceRequest;
import org.a64wb.board.api.MmioWindow;
import org.a64wb.device.virtio.VirtioDevice;
import org.a64wb.device.virtio.blk.BlockDevice;
import org.a64wb.device.virtio.rng.EntropyDevice;
import org.osgi.service.component.annotations.Component;

/**
 * Fills the board's "virtio-mmio" window as QEMU's virt does (hw/arm/virt.c create_virtio_devices): 32
 * transports of 0x200 bytes, transport n on SPI 16 + n, each with a node "virtio_mmio@ADDR" (compatible
 * "virtio,mmio", reg, interrupts = GIC_SPI 16+n IRQ_TYPE_EDGE_RISING, dma-coherent). The run's devices take the
 * transports from the highest address down, as QEMU plugs its -device options (the first into the last
 * transport): the --disk requests in command-line order (virtio-blk), then the --rng ones (virtio-rng). The
 * other transports are empty (DeviceID 0), which drivers skip.
 */
@Component(service = DeviceContribution.class, property = DeviceContribution.COMPATIBLE + "=virtio,mmio")
public final class VirtioMmioContribution implements DeviceContribution {

    /** include/dt-bindings/interrupt-controller/irq.h: what QEMU's virt writes for the virtio-mmio interrupts. */
    private static final int IRQ_TYPE_EDGE_RISING = 1;

    @Override
    public String compatible() {
        return "virtio,mmio";
    }

    @Override
    public void attach(BoardContext board) {
        MmioWindow window = board.window("virtio-mmio");
        int transports = (int) (window.size() / VirtioMmioTransport.SIZE);
        List<VirtioDevice> devices = new ArrayList<>();
        for (DeviceRequest.Disk disk : board.requests(DeviceRequest.Disk.class)) {
            try {
                BlockDevice device = BlockDevice.open(disk.file(), disk.readOnly(), board::warn);
                board.closeWhenDone(device);
                devices.add(device);
            } catch (IOException e) {
                throw new UncheckedIOException(disk.asOption() + ": cannot open (" + e.getMessage() + ")", e);
            }
        }
        List<DeviceRequest.EntropySource> entropySources = board.requests(DeviceRequest.EntropySource.class);
        // Only for --rng: the first SecureRandom costs a cold JVM ~30 ms (the JDK's security providers start).
        SecureRandom random = entropySources.isEmpty() ? null : new SecureRandom();
        for (DeviceRequest.EntropySource ignored : entropySources) {
            devices.add(new EntropyDevice(random));
        }
        if (devices.size() > transports) {
            throw new IllegalArgumentException(devices.size() + " virtio devices asked for; virt has " + transports + " virtio-mmio transports");
        }
        for (int n = 0; n < transports; n++) {
            long base = window.base() + (long) n * VirtioMmioTransport.SIZE;
            int plugged = transports - 1 - n; // the first device goes into the last transport
            VirtioDevice device = plugged < devices.size() ? devices.get(plugged) : null;
            String name = "virtio_mmio@" + Long.toHexString(base);
            VirtioMmioTransport transport = new VirtioMmioTransport(device, board.guestMemory(), name, board::warn);
            board.map(base, VirtioMmioTransport.SIZE, name, transport);
            int spi = board.irq("virtio-mmio") + n;
            // Node properties in QEMU's order (a dumped QEMU DTB lists them reversed: dma-coherent first).
            var node = board.addNode(name).string("compatible", "virtio,mmio").reg("reg", 2, 2, base, VirtioMmioTransport.SIZE);
            int[] interrupts = board.interruptCells(spi, IRQ_TYPE_EDGE_RISING);
            if (interrupts.length > 0) {
                node.u32("interrupts", interrupts);
                transport.connectInterrupt(board.interruptLine(spi));
            }
            node.empty("dma-coherent");
        }
    }
}
