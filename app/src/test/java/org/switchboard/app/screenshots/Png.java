package org.switchboard.app.screenshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes JavaFX snapshots as PNG files, for the screenshot tools. */
public final class Png {
  private Png() {}

  /** Writes {@code image} to {@code out}, creating its directory. */
  public static void write(WritableImage image, Path out) throws IOException {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    ImageIO.write(buffered, "png", out.toFile());
  }
}
