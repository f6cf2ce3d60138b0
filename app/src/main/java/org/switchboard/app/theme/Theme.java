package org.switchboard.app.theme;

import java.util.Optional;

/** The colour themes the desktop offers. */
public enum Theme {
  LIGHT("light"),
  DARK("dark");

  private final String tag;

  Theme(String tag) {
    this.tag = tag;
  }

  /** The name the settings file stores, e.g. {@code dark}. */
  public String tag() {
    return tag;
  }

  /** The theme named {@code tag} (any case), if there is one. */
  public static Optional<Theme> fromTag(String tag) {
    for (Theme theme : values()) {
      if (theme.tag.equalsIgnoreCase(tag)) {
        return Optional.of(theme);
      }
    }
    return Optional.empty();
  }
}
