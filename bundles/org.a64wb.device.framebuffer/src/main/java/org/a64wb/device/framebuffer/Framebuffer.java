package org.a64wb.device.framebuffer;

import java.awt.image.BufferedImage;

import org.a64wb.board.api.Display;
import org.a64wb.board.api.mmio.MmioDevice;

/**
 * A linear framebuffer in format a8r8g8b8 (Linux simple-framebuffer: 32-bit little-endian pixels, blue in
 * byte 0, green 1, red 2, alpha 3), {@code stride} bytes per line. Its memory is device memory, not RAM:
 * every guest access traps to the VMM (what makes the ISV=0 path of seed 000 visible), and any 1..8-byte
 * access at any offset is served little-endian.
 */
public final class Framebuffer implements MmioDevice, Display {

    private final int width;
    private final int height;
    private final int stride;
    private final byte[] pixels;

    public Framebuffer(int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height * 4 > 64L << 20) {
            throw new IllegalArgumentException("framebuffer " + width + "x" + height + " must be positive and at most 64 MiB");
        }
        this.width = width;
        this.height = height;
        this.stride = width * 4;
        this.pixels = new byte[stride * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int stride() {
        return stride;
    }

    public int sizeBytes() {
        return pixels.length;
    }

    @Override
    public String name() {
        return "framebuffer";
    }

    private void check(long offset, int size) {
        if (size < 1 || size > 8 || offset < 0 || offset > pixels.length - size) {
            throw new IllegalArgumentException(String.format("framebuffer access of %d bytes at offset 0x%x outside 0x%x bytes", size, offset,
                    pixels.length));
        }
    }

    @Override
    public synchronized long read(long offset, int size) {
        check(offset, size);
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | pixels[(int) offset + i] & 0xff;
        }
        return v;
    }

    @Override
    public synchronized void write(long offset, int size, long value) {
        check(offset, size);
        for (int i = 0; i < size; i++) {
            pixels[(int) offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** The a8r8g8b8 value of a pixel. */
    public synchronized int pixel(int x, int y) {
        return (int) read((long) y * stride + x * 4L, 4);
    }

    /** An RGB image of the screen (alpha dropped: displays show x8r8g8b8 and a8r8g8b8 alike). */
    @Override
    public synchronized BufferedImage snapshot() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int o = y * stride + x * 4;
                row[x] = (pixels[o + 2] & 0xff) << 16 | (pixels[o + 1] & 0xff) << 8 | pixels[o] & 0xff;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }
}
