package org.a64wb.fdt;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole devicetree: the root node, the memory reservation entries (spec 5.3) and the boot CPU, plus
 * phandle allocation (spec 2.3.3: a unique u32, never 0 or 0xffffffff).
 */
public final class DeviceTree {

    /** One memory reservation block entry (spec 5.3.2 struct fdt_reserve_entry). */
    public record Reservation(long address, long size) {
    }

    private final FdtNode root;
    private final List<Reservation> reservations = new ArrayList<>();
    private int bootCpu;
    private int nextPhandle = 1;

    public DeviceTree() {
        this(FdtNode.root());
    }

    public DeviceTree(FdtNode root) {
        if (!root.name().isEmpty()) {
            throw new IllegalArgumentException("the root node has an empty name, not '" + root.name() + "'");
        }
        this.root = root;
    }

    public FdtNode root() {
        return root;
    }

    public synchronized void reserve(long address, long size) {
        reservations.add(new Reservation(address, size));
    }

    public synchronized List<Reservation> reservations() {
        return List.copyOf(reservations);
    }

    public int bootCpu() {
        return bootCpu;
    }

    public void setBootCpu(int physicalId) {
        this.bootCpu = physicalId;
    }

    /** Gives the node a phandle property (once) and returns it. */
    public synchronized int phandle(FdtNode node) {
        if (node.has("phandle")) {
            return node.cells("phandle")[0];
        }
        int handle = nextPhandle++;
        node.u32("phandle", handle);
        return handle;
    }

    /** The DTB (spec chapter 5). */
    public byte[] toDtb() {
        return FdtWriter.write(this);
    }
}
