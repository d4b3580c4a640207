package org.a64wb.device.pl011;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Register behaviour from the PL011 TRM (ARM DDI 0183) 3.3. */
class Pl011Test {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final List<String> warnings = new ArrayList<>();

    private Pl011 uart(String input) {
        return new Pl011(input == null ? null : new ByteArrayInputStream(input.getBytes(StandardCharsets.US_ASCII)), new PrintStream(sent, true),
                warnings::add);
    }

    @Test
    void writingDataRegisterTransmitsTheLowByte() {
        Pl011 u = uart(null);
        u.write(Pl011.DR, 1, 'h');
        u.write(Pl011.DR, 4, 0x100 | 'i');
        u.flush();
        assertEquals("hi", sent.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void flagRegisterShowsEmptyTransmitFifoAndEmptyReceiveFifo() {
        Pl011 u = uart(null);
        long fr = u.read(Pl011.FR, 4);
        assertEquals(Pl011.FR_TXFE | Pl011.FR_RXFE, fr);
        assertEquals(0, fr & Pl011.FR_BUSY);
        assertEquals(0, fr & Pl011.FR_TXFF);
    }

    @Test
    void interruptLineFollowsMaskedStatus() throws Exception {
        Pl011 u = uart(null);
        List<Boolean> levels = new ArrayList<>();
        u.connectInterrupt(levels::add);
        u.receive('x');
        assertEquals(List.of(), levels, "RX raw status, but masked");
        u.write(Pl011.IMSC, 4, Pl011.INT_RX);
        assertEquals(List.of(true), levels, "UARTINTR = any bit of UARTMIS");
        u.read(Pl011.DR, 4);
        assertEquals(List.of(true, false), levels, "reading the last character clears RX");
        u.write(Pl011.IMSC, 4, Pl011.INT_TX);
        u.write(Pl011.DR, 4, 'y');
        assertEquals(List.of(true, false, true), levels, "a transmitted character sets TX at once");
        u.write(Pl011.ICR, 4, Pl011.INT_TX);
        assertEquals(List.of(true, false, true, false), levels);
    }

    @Test
    void receivedByteClearsRxfeAndIsReadFromDataRegister() throws Exception {
        Pl011 u = uart(null);
        u.receive('x');
        assertEquals(0, u.read(Pl011.FR, 4) & Pl011.FR_RXFE);
        assertEquals(Pl011.FR_RXFF, u.read(Pl011.FR, 4) & Pl011.FR_RXFF, "without FEN the FIFO is one character deep");
        assertEquals('x', u.read(Pl011.DR, 4));
        assertEquals(Pl011.FR_RXFE, u.read(Pl011.FR, 4) & Pl011.FR_RXFE);
    }

    @Test
    void consoleInputArrivesThroughTheReceiveFifo() throws Exception {
        Pl011 u = uart("ok");
        u.write(Pl011.LCR_H, 4, 0x70); // FEN, 8 bits
        StringBuilder got = new StringBuilder();
        long deadline = System.currentTimeMillis() + 5000;
        while (got.length() < 2 && System.currentTimeMillis() < deadline) {
            if ((u.read(Pl011.FR, 4) & Pl011.FR_RXFE) == 0) {
                got.append((char) u.read(Pl011.DR, 4));
            }
        }
        assertEquals("ok", got.toString());
    }

    @Test
    void controlRegisterResetsToTxeRxeAndHoldsWrites() {
        Pl011 u = uart(null);
        assertEquals(0x300, u.read(Pl011.CR, 4));
        u.write(Pl011.CR, 4, 0x301);
        assertEquals(0x301, u.read(Pl011.CR, 4));
    }

    @Test
    void maskedInterruptStatusIsRawAndMaskAndIcrClears() {
        Pl011 u = uart(null);
        u.write(Pl011.DR, 4, 'a');
        assertEquals(Pl011.INT_TX, u.read(Pl011.RIS, 4) & Pl011.INT_TX);
        assertEquals(0, u.read(Pl011.MIS, 4));
        u.write(Pl011.IMSC, 4, Pl011.INT_TX);
        assertEquals(Pl011.INT_TX, u.read(Pl011.MIS, 4));
        u.write(Pl011.ICR, 4, Pl011.INT_TX);
        assertEquals(0, u.read(Pl011.RIS, 4) & Pl011.INT_TX);
    }

    @Test
    void primeCellIdRegistersMatchAmbaPl011() {
        Pl011 u = uart(null);
        long periph = 0;
        long cell = 0;
        for (int i = 0; i < 4; i++) {
            periph |= u.read(0xfe0 + 4 * i, 4) << (8 * i);
            cell |= u.read(0xff0 + 4 * i, 4) << (8 * i);
        }
        assertEquals(0x00041011, periph & 0x000fffff, "Linux amba-pl011 matches id 0x00041011 mask 0x000fffff");
        assertEquals(0xb105f00dL, cell, "AMBA_CID");
    }

    @Test
    void unknownRegisterReadsZeroAndWarnsOnce() {
        Pl011 u = uart(null);
        assertEquals(0, u.read(0x800, 4));
        u.read(0x800, 4);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("0x800"));
    }
}
