package org.switchboard.app.dial;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.shape.SVGPath;

/**
 * The dialler's and call history's icons, drawn as paths (24-unit Material Design icon shapes,
 * Apache License 2.0) so they need no icon font, and painted in their control's text colour so that
 * light and dark themes and danger/success styles apply to them as to text.
 */
public final class Glyphs {
  /** A telephone handset. */
  public static final String CALL =
      "M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 1.12.37 2.33.57"
          + " 3.57.57.55 0 1 .45 1 1V20c0 .55-.45 1-1 1-9.39 0-17-7.61-17-17 0-.55.45-1"
          + " 1-1h3.5c.55 0 1 .45 1 1 0 1.25.2 2.45.57 3.57.11.35.03.74-.25 1.02l-2.2 2.2z";

  /** Delete the character before the caret. */
  public static final String BACKSPACE =
      "M22 3H7c-.69 0-1.23.35-1.59.88L0 12l5.41 8.11c.36.53.9.89 1.59.89h15c1.1 0 2-.9 2-2V5"
          + "c0-1.1-.9-2-2-2zm-3 12.59L17.59 17 14 13.41 10.41 17 9 15.59 12.59 12 9 8.41 10.41 7"
          + " 14 10.59 17.59 7 19 8.41 15.41 12 19 15.59z";

  /** An outgoing call: an arrow leaving towards the top right. */
  public static final String OUTGOING = "M9 5v2h6.59L4 18.59 5.41 20 17 8.41V15h2V5z";

  /** An incoming call: an arrow arriving at the bottom left. */
  public static final String INCOMING = "M20 5.41L18.59 4 7 15.59V9H5v10h10v-2H8.41z";

  /** A missed call: an arrow that turned back. */
  public static final String MISSED = "M19.59 7L12 14.59 6.41 9H11V7H3v8h2v-4.59l7 7 9-9z";

  private Glyphs() {}

  /**
   * The icon {@code path} scaled to {@code size} pixels, painted in {@code owner}'s text colour.
   */
  public static Node of(String path, Labeled owner, double size) {
    SVGPath shape = new SVGPath();
    shape.setContent(path);
    shape.fillProperty().bind(owner.textFillProperty());
    double scale = size / 24;
    shape.setScaleX(scale);
    shape.setScaleY(scale);
    return new Group(shape);
  }
}
