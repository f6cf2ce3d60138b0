package org.switchboard.app.tray;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The tray icons, drawn in code: a filled circle in the state's colour with a darker rim, so it
 * reads on light and dark panels. Works headless (plain {@link BufferedImage}).
 */
final class TrayIconImages {
  private TrayIconImages() {}

  /** The state's colour: green, amber, red, grey. */
  static Color colour(TrayIconState state) {
    switch (state) {
      case READY:
        return new Color(0x2D, 0xA4, 0x4E);
      case NOT_READY:
        return new Color(0xD4, 0xA7, 0x2C);
      case BUSY:
        return new Color(0xCF, 0x22, 0x2E);
      default:
        return new Color(0x8C, 0x95, 0x9F);
    }
  }

  /** A {@code size}×{@code size} image, transparent around the circle. */
  static BufferedImage circle(TrayIconState state, int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      float rim = Math.max(1f, size / 16f);
      float margin = Math.max(1f, size / 8f);
      float diameter = size - 2 * margin;
      java.awt.geom.Ellipse2D.Float circle =
          new java.awt.geom.Ellipse2D.Float(margin, margin, diameter, diameter);
      Color fill = colour(state);
      g.setColor(fill);
      g.fill(circle);
      g.setColor(fill.darker());
      g.setStroke(new BasicStroke(rim));
      g.draw(circle);
    } finally {
      g.dispose();
    }
    return image;
  }
}
