package org.a64wb.device.pl011;

import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.api.MmioWindow;
import org.a64wb.fdt.FdtNode;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes a PL011 at the board's "uart" slot (0x09000000 on virt) with the node QEMU's virt builds
 * (Linux Documentation/devicetree/bindings/serial/pl011.yaml): compatible "arm,pl011", "arm,primecell";
 * reg; clocks = the APB clock twice with clock-names "uartclk", "apb_pclk" (the amba bus enables
 * "apb_pclk"); interrupts when the board has an interrupt controller, whose SPI the UART then drives (RX, TX, RT per UARTIMSC). It becomes the console (stdout-path).
 */
@Component(service = DeviceContribution.class, property = DeviceContribution.COMPATIBLE + "=arm,pl011")
public final class Pl011Contribution implements DeviceContribution {

    @Override
    public String compatible() {
        return "arm,pl011";
    }

    @Override
    public void attach(BoardContext board) {
        MmioWindow window = board.window("uart");
        Pl011 uart = new Pl011(board.console().in(), board.console().out(), board::warn);
        board.map(window.base(), window.size(), "pl011", uart);
        int clock = board.apbClockPhandle();
        FdtNode node = board.addNode("pl011@" + Long.toHexString(window.base()))
                .string("compatible", "arm,pl011", "arm,primecell")
                .reg("reg", 2, 2, window.base(), window.size())
                .u32("clocks", clock, clock)
                .string("clock-names", "uartclk", "apb_pclk");
        int[] interrupts = board.interruptCells(board.irq("uart"), 4); // IRQ_TYPE_LEVEL_HIGH
        if (interrupts.length > 0) {
            node.u32("interrupts", interrupts);
            uart.connectInterrupt(board.interruptLine(board.irq("uart")));
        }
        board.claimConsole(node);
    }
}
