package org.a64wb.board.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A device for boards (extension point "devices"). Register it as an OSGi service (a DS component) with
 * the {@link #COMPATIBLE} property equal to {@link #compatible()}. At each boot the board calls
 * {@link #attach} once with a fresh context: the device creates its per-machine state, maps its
 * registers, and builds its device-tree node. If {@code attach} throws, nothing it did is kept and the
 * board boots without it, reporting the device and the reason.
 */
@ConsumerType
public interface DeviceContribution {

    /** Service property: the device's first "compatible" string. */
    String COMPATIBLE = "a64.device.compatible";

    /** The devicetree "compatible" string the device answers to, e.g. "arm,pl011". */
    String compatible();

    void attach(BoardContext board);
}
