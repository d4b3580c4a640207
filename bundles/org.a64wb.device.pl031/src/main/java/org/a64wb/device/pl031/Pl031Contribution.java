package org.a64wb.device.pl031;

import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.api.MmioWindow;
import org.a64wb.fdt.FdtNode;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes a PL031 at the board's "rtc" slot (0x09010000, SPI 2 on virt) with the node QEMU's virt
 * builds (create_rtc in hw/arm/virt.c; Linux Documentation/devicetree/bindings/rtc/arm,pl031.yaml):
 * compatible "arm,pl031", "arm,primecell"; reg; clocks = the APB clock with clock-names "apb_pclk" (the
 * amba bus enables it before reading the PrimeCell IDs); interrupts, level-high, when the board has an
 * interrupt controller, whose SPI the match interrupt then drives.
 */
@Component(service = DeviceContribution.class, property = DeviceContribution.COMPATIBLE + "=arm,pl031")
public final class Pl031Contribution implements DeviceContribution {

    @Override
    public String compatible() {
        return "arm,pl031";
    }

    @Override
    public void attach(BoardContext board) {
        MmioWindow window = board.window("rtc");
        Pl031 rtc = new Pl031(new HostWallClock(), board::warn);
        board.map(window.base(), window.size(), "pl031", rtc);
        FdtNode node = board.addNode("pl031@" + Long.toHexString(window.base()))
                .string("compatible", "arm,pl031", "arm,primecell")
                .reg("reg", 2, 2, window.base(), window.size())
                .u32("clocks", board.apbClockPhandle())
                .string("clock-names", "apb_pclk");
        int spi = board.irq("rtc");
        int[] interrupts = board.interruptCells(spi, 4); // IRQ_TYPE_LEVEL_HIGH
        if (interrupts.length > 0) {
            node.u32("interrupts", interrupts);
            rtc.connectInterrupt(board.interruptLine(spi));
        }
    }
}
