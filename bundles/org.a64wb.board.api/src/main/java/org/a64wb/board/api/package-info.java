/**
 * The board and device extension points. A board is a {@link org.a64wb.board.api.Board} service that
 * {@code run --board NAME} finds by name. A device is a {@link org.a64wb.board.api.DeviceContribution} service; at
 * every boot the board attaches each contribution it finds through a {@link org.a64wb.board.api.BoardContext} (MMIO
 * window from the board's memory map, interrupt line, console, device-tree node, guest RAM for DMA, the run's
 * {@link org.a64wb.board.api.DeviceRequest}s), so a board is composed from contributions, not hard-wired. The
 * registers a device maps are an {@link org.a64wb.board.api.mmio.MmioDevice}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.a64wb.board.api;
