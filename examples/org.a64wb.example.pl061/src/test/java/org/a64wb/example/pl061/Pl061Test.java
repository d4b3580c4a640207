package org.a64wb.example.pl061;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Register behaviour from the PL061 TRM (ARM DDI 0190) 3.3, and where it leaves room, what QEMU's virt shows a guest. */
class Pl061Test {

    private final List<String> warnings = new ArrayList<>();
    private final List<Boolean> levels = new ArrayList<>();

    private Pl061 gpio() {
        Pl061 gpio = new Pl061(warnings::add);
        gpio.connectInterrupt(levels::add);
        return gpio;
    }

    /** GPIODATA at the address whose bits [9:2] are {@code mask}. */
    private static long data(int mask) {
        return (long) mask << 2;
    }

    private static int reg(Pl061 gpio, int offset) {
        return (int) gpio.read(offset, 4);
    }

    @Test
    void primeCellIdentificationReadsPartSixtyOneByArm() {
        Pl061 gpio = gpio();
        int[] expected = {0x61, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], reg(gpio, Pl061.PERIPH_ID0 + 4 * i), "ID register " + i);
        }
    }

    @Test
    void resetLeavesEveryPinAnInputReadingLowWithNothingPending() {
        Pl061 gpio = gpio();
        for (int offset : new int[] {0x3fc, Pl061.DIR, Pl061.IS, Pl061.IBE, Pl061.IEV, Pl061.IE, Pl061.RIS, Pl061.MIS, Pl061.AFSEL}) {
            assertEquals(0, reg(gpio, offset), String.format("offset 0x%03x", offset));
        }
        assertEquals(List.of(), levels, "the line stays low");
    }

    @Test
    void dataReadsAndWritesOnlyThePinsTheirAddressMasks() {
        Pl061 gpio = gpio();
        gpio.write(Pl061.DIR, 4, 0xff);
        gpio.write(data(0xff), 4, 0xa5);
        assertEquals(0xa5, reg(gpio, (int) data(0xff)));
        assertEquals(0x05, reg(gpio, (int) data(0x0f)), "bits outside the mask read 0");
        gpio.write(data(0x03), 4, 0xff);
        assertEquals(0xa7, reg(gpio, (int) data(0xff)), "only pins 0 and 1 took the write");
        gpio.write(data(0x00), 4, 0x00);
        assertEquals(0xa7, reg(gpio, (int) data(0xff)), "mask 0 changes nothing");
    }

    @Test
    void writesLeaveInputPinsAsTheOutsideDrivesThem() {
        Pl061 gpio = gpio();
        gpio.write(Pl061.DIR, 4, 0x0f);
        gpio.setInput(7, true);
        gpio.write(data(0xff), 4, 0x00);
        assertEquals(0x80, reg(gpio, (int) data(0xff)));
        gpio.write(data(0xff), 4, 0xff);
        assertEquals(0x8f, reg(gpio, (int) data(0xff)));
        assertEquals(0x8f, gpio.pins());
    }

    @Test
    void aFallingEdgeOnAnInputIsLatchedUntilClearedAndDrivesTheLineWhenEnabled() {
        Pl061 gpio = gpio();
        gpio.setInput(2, true);
        assertEquals(0, reg(gpio, Pl061.RIS), "IEV 0 selects falling edges");
        gpio.write(Pl061.IE, 4, 0x04);
        gpio.setInput(2, false);
        assertEquals(0x04, reg(gpio, Pl061.RIS));
        assertEquals(0x04, reg(gpio, Pl061.MIS));
        assertEquals(List.of(true), levels);
        gpio.setInput(2, true);
        assertEquals(0x04, reg(gpio, Pl061.RIS), "an edge stays detected after the pin moves on");
        gpio.write(Pl061.IC, 4, 0x04);
        assertEquals(0, reg(gpio, Pl061.RIS));
        assertEquals(List.of(true, false), levels);
    }

    @Test
    void gpioIevSelectsRisingEdgesAndGpioIbeBoth() {
        Pl061 gpio = gpio();
        gpio.write(Pl061.IEV, 4, 0x01);
        gpio.write(Pl061.IBE, 4, 0x02);
        gpio.setInput(0, true);
        gpio.setInput(1, true);
        assertEquals(0x03, reg(gpio, Pl061.RIS));
        gpio.write(Pl061.IC, 4, 0xff);
        gpio.setInput(0, false);
        gpio.setInput(1, false);
        assertEquals(0x02, reg(gpio, Pl061.RIS), "pin 0 waits for a rising edge; pin 1 takes both");
    }

    @Test
    void anEdgeDetectedWhileMaskedRaisesTheLineOnceEnabled() {
        Pl061 gpio = gpio();
        gpio.setInput(4, true);
        gpio.setInput(4, false);
        assertEquals(0x10, reg(gpio, Pl061.RIS));
        assertEquals(0, reg(gpio, Pl061.MIS));
        assertEquals(List.of(), levels);
        gpio.write(Pl061.IE, 4, 0x10);
        assertEquals(List.of(true), levels);
    }

    @Test
    void outputsTheGuestTogglesMakeNoEdgeAsUnderQemu() {
        Pl061 gpio = gpio();
        gpio.write(Pl061.DIR, 4, 0x01);
        gpio.write(Pl061.IBE, 4, 0x01);
        gpio.write(Pl061.IE, 4, 0x01);
        gpio.write(data(0x01), 4, 0x01);
        gpio.write(data(0x01), 4, 0x00);
        assertEquals(0, reg(gpio, Pl061.RIS));
        assertEquals(List.of(), levels);
    }

    @Test
    void aLevelShowsWhileItLastsOnInputsAndOutputsAndGpioIcDoesNotClearIt() {
        Pl061 gpio = gpio();
        gpio.write(Pl061.IS, 4, 0x20);
        assertEquals(0x20, reg(gpio, Pl061.RIS), "input 5 is low and IEV 0 asks for low");
        gpio.write(Pl061.IE, 4, 0x21);
        assertEquals(List.of(true), levels);
        gpio.write(Pl061.IC, 4, 0x20);
        assertEquals(0x20, reg(gpio, Pl061.RIS), "GPIOIC clears edges only");
        gpio.setInput(5, true);
        assertEquals(0, reg(gpio, Pl061.RIS));
        assertEquals(List.of(true, false), levels);

        gpio.write(Pl061.DIR, 4, 0x01);
        gpio.write(Pl061.IEV, 4, 0x21);
        gpio.write(Pl061.IS, 4, 0x21);
        assertEquals(0x20, reg(gpio, Pl061.RIS), "input 5 is high now, output 0 still low");
        gpio.write(data(0x01), 4, 0x01);
        assertEquals(0x21, reg(gpio, Pl061.RIS), "an output driven high meets a level-high condition");
        gpio.write(data(0x01), 4, 0x00);
        assertEquals(0x20, reg(gpio, Pl061.RIS));
    }

    @Test
    void narrowAndDoublewordAccessesReachTheRegistersLowByteAndTheNextWord() {
        Pl061 gpio = gpio();
        gpio.write(Pl061.DIR, 1, 0x3c);
        assertEquals(0x3c, gpio.read(Pl061.DIR, 1));
        assertEquals(0x3c, gpio.read(Pl061.DIR, 2));
        gpio.write(Pl061.IBE, 8, 0x0000_0011_0000_0022L);
        assertEquals(0x22, reg(gpio, Pl061.IBE));
        assertEquals(0x11, reg(gpio, Pl061.IEV));
        assertEquals(0x0000_0011_0000_0022L, gpio.read(Pl061.IBE, 8));
        gpio.write(Pl061.DIR + 1, 1, 0xff);
        assertEquals(0x3c, reg(gpio, Pl061.DIR), "a write to another byte lane misses the register");
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void misuseIsWarnedOnceAndChangesNothing() {
        Pl061 gpio = gpio();
        assertEquals(0, gpio.read(0x500, 4), "reserved");
        assertEquals(0, gpio.read(0x500, 4));
        gpio.write(Pl061.RIS, 4, 0xff);
        assertEquals(0, reg(gpio, Pl061.RIS), "read-only");
        assertEquals(0, gpio.read(Pl061.IC, 4), "write-only");
        assertEquals(0, gpio.read(0x402, 4), "unaligned");
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("0x500"), warnings.toString());
        assertTrue(warnings.get(1).contains("read-only offset 0x414"), warnings.toString());
    }

    @Test
    void onlyEightPinsCanBeDriven() {
        Pl061 gpio = gpio();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gpio.setInput(8, true));
        assertEquals("pl061: no pin 8 (0..7)", e.getMessage());
    }
}
