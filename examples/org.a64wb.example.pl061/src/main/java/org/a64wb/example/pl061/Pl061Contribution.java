package org.a64wb.example.pl061;

import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.api.MmioWindow;
import org.a64wb.fdt.FdtNode;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes a PL061 at the board's "gpio" slot (0x09030000, SPI 7 on virt) with the node QEMU's virt builds
 * (create_gpio_devices in hw/arm/virt.c; Linux Documentation/devicetree/bindings/gpio/pl061-gpio.yaml):
 * compatible "arm,pl061", "arm,primecell"; reg; #gpio-cells 2; gpio-controller; interrupts, level-high, when the
 * board has an interrupt controller, whose SPI GPIOINTR then drives; clocks = the APB clock, clock-names "apb_pclk".
 * QEMU also adds a gpio-keys node whose power key is pin 3, pressed by its monitor's system_powerdown; with
 * nothing here to press it, this bundle leaves that node out.
 */
@Component(service = DeviceContribution.class, property = DeviceContribution.COMPATIBLE + "=arm,pl061")
public final class Pl061Contribution implements DeviceContribution {

    /** IRQ_TYPE_LEVEL_HIGH (include/dt-bindings/interrupt-controller/irq.h). */
    private static final int LEVEL_HIGH = 4;

    @Override
    public String compatible() {
        return "arm,pl061";
    }

    @Override
    public void attach(BoardContext board) {
        MmioWindow window = board.window("gpio");
        Pl061 gpio = new Pl061(board::warn);
        board.map(window.base(), window.size(), "pl061", gpio);
        FdtNode node = board.addNode("pl061@" + Long.toHexString(window.base()))
                .string("compatible", "arm,pl061", "arm,primecell")
                .reg("reg", 2, 2, window.base(), window.size())
                .u32("#gpio-cells", 2)
                .empty("gpio-controller")
                .u32("clocks", board.apbClockPhandle())
                .string("clock-names", "apb_pclk");
        int spi = board.irq("gpio");
        int[] interrupts = spi < 0 ? new int[0] : board.interruptCells(spi, LEVEL_HIGH);
        if (interrupts.length > 0) {
            node.u32("interrupts", interrupts);
            gpio.connectInterrupt(board.interruptLine(spi));
        }
    }
}
