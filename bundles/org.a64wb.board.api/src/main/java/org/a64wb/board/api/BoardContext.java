package org.a64wb.board.api;

import java.util.List;

import org.a64wb.board.api.mmio.MmioDevice;
import org.a64wb.fdt.DeviceTree;
import org.a64wb.fdt.FdtNode;

/** What a board offers a device while it attaches (one context per device and boot). */
public interface BoardContext {

    /** The board's name, e.g. "virt". */
    String boardName();

    /**
     * The window the board's memory map gives to a slot (QEMU virt's names: "uart", "rtc", "gpio",
     * "virtio-mmio", "framebuffer" ...); an unknown slot is an {@link IllegalArgumentException} listing the known ones.
     */
    MmioWindow window(String slot);

    /** The interrupt number (GIC SPI) the memory map wires to a slot, or -1 when the slot has none. */
    int irq(String slot);

    /**
     * The "interrupts" cells for an SPI, with "interrupt-parent" implied by the root node (on virt, the GICv3's
     * three cells: GIC_SPI, the number, the trigger type); empty when the board has no interrupt controller,
     * in which case the device leaves the property out.
     */
    int[] interruptCells(int spi, int triggerType);

    /**
     * The board's input for SPI {@code spi} (as {@link #irq} numbers it), to be driven by the device at run
     * time; a line that goes nowhere while the board has no interrupt controller.
     */
    InterruptLine interruptLine(int spi);

    /** Maps a register window on the machine's MMIO bus (must lie in a window of the map, not overlap another device). */
    void map(long base, long size, String name, MmioDevice device);

    /** Adds a node under the root of the device tree ("pl011@9000000"). */
    FdtNode addNode(String name);

    /** Phandle of the board's APB clock node ("apb-pclk", a 24 MHz fixed clock as on QEMU virt). */
    int apbClockPhandle();

    /** The tree, for phandles of the device's own nodes. */
    DeviceTree deviceTree();

    /** The console streams. */
    Console console();

    /** Names the device's node as the console (the /chosen stdout-path). */
    void claimConsole(FdtNode node);

    /** Registers a display the board can save (--screenshot). */
    void addDisplay(Display display);

    /**
     * Guest RAM for the device's DMA (virtio rings and buffers). Use it at run time, from the device's register
     * accesses or its own threads; at attach time RAM holds nothing yet.
     */
    GuestMemory guestMemory();

    /**
     * This run's {@link DeviceRequest}s of one kind, in command-line order (e.g. {@code requests(DeviceRequest.Disk.class)}
     * for every --disk). Asking marks them as served by this device once its attach succeeds; the board refuses
     * to boot with a request no attached device asked for.
     */
    <T extends DeviceRequest> List<T> requests(Class<T> kind);

    /** Closes {@code resource} (a disk's open file) when the machine's run ends, however it ends. */
    void closeWhenDone(AutoCloseable resource);

    /** Problems that are not fatal (e.g. a guest misusing a register) go here, once per kind. */
    void warn(String message);
}
