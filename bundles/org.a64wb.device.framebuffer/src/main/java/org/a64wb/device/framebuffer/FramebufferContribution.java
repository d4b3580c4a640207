package org.a64wb.device.framebuffer;

import org.a64wb.board.api.BoardContext;
import org.a64wb.board.api.DeviceContribution;
import org.a64wb.board.api.MmioWindow;
import org.osgi.service.component.annotations.Component;

/**
 * Contributes a 1024x768 a8r8g8b8 framebuffer at the board's "framebuffer" slot (0x10000000 on virt) with
 * a node of Linux's simple-framebuffer binding (Documentation/devicetree/bindings/display/simple-framebuffer.yaml):
 * compatible "simple-framebuffer", reg, width, height, stride, format "a8r8g8b8".
 */
@Component(service = DeviceContribution.class, property = DeviceContribution.COMPATIBLE + "=simple-framebuffer")
public final class FramebufferContribution implements DeviceContribution {

    public static final int WIDTH = 1024;
    public static final int HEIGHT = 768;

    private final int width;
    private final int height;

    public FramebufferContribution() {
        this(WIDTH, HEIGHT);
    }

    public FramebufferContribution(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public String compatible() {
        return "simple-framebuffer";
    }

    @Override
    public void attach(BoardContext board) {
        MmioWindow window = board.window("framebuffer");
        Framebuffer fb = new Framebuffer(width, height);
        if (fb.sizeBytes() > window.size()) {
            throw new IllegalArgumentException(width + "x" + height + " needs " + fb.sizeBytes() + " bytes; the framebuffer window has " + window.size());
        }
        board.map(window.base(), fb.sizeBytes(), "framebuffer", fb);
        board.addNode("framebuffer@" + Long.toHexString(window.base()))
                .string("compatible", "simple-framebuffer")
                .reg("reg", 2, 2, window.base(), fb.sizeBytes())
                .u32("width", width)
                .u32("height", height)
                .u32("stride", fb.stride())
                .string("format", "a8r8g8b8");
        board.addDisplay(fb);
    }
}
