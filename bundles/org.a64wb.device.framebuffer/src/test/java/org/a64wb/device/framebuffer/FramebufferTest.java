package org.a64wb.device.framebuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramebufferTest {

    @Test
    void pixelIsLittleEndianA8r8g8b8() {
        Framebuffer fb = new Framebuffer(4, 2);
        fb.write(4, 1, 0x33); // blue of pixel (1,0)
        fb.write(5, 1, 0x22);
        fb.write(6, 2, 0xff11); // red, alpha
        assertEquals(0xff112233, fb.pixel(1, 0));
    }

    @Test
    void eightByteWriteCoversTwoPixels() {
        Framebuffer fb = new Framebuffer(4, 2);
        fb.write(16, 8, 0x00ff0000_000000ffL);
        assertEquals(0x000000ff, fb.pixel(0, 1));
        assertEquals(0x00ff0000, fb.pixel(1, 1));
        assertEquals(0x00ff0000_000000ffL, fb.read(16, 8));
    }

    @Test
    void accessPastTheEndIsRejectedWithOffset() {
        Framebuffer fb = new Framebuffer(4, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fb.write(28, 8, 0));
        assertEquals("framebuffer access of 8 bytes at offset 0x1c outside 0x20 bytes", e.getMessage());
    }

    @Test
    void snapshotSavedAsPngReadsBackWithTheSameColours(@TempDir Path dir) throws Exception {
        Framebuffer fb = new Framebuffer(3, 2);
        fb.write(0, 4, 0xffff0000L);
        fb.write(1 * 4 + 3 * 4, 4, 0xff00ff00L);
        Path png = dir.resolve("fb.png");
        ImageIO.write(fb.snapshot(), "png", png.toFile());
        BufferedImage back = ImageIO.read(Files.newInputStream(png));
        assertEquals(3, back.getWidth());
        assertEquals(0xff0000, back.getRGB(0, 0) & 0xffffff);
        assertEquals(0x00ff00, back.getRGB(1, 1) & 0xffffff);
        assertEquals(0x000000, back.getRGB(2, 1) & 0xffffff);
    }
}
