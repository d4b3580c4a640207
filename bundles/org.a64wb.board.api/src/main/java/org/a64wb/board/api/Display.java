package org.a64wb.board.api;

import java.awt.image.BufferedImage;

/** Something that shows pixels (a framebuffer); the board can save what it shows (e.g. {@code --screenshot}). */
public interface Display {

    String name();

    /** A copy of what the display shows now. */
    BufferedImage snapshot();
}
