package org.switchboard.app.settings;

import java.util.Optional;

/** When calls are answered without the agent pressing Answer. */
public enum AutoAnswerMode {
  /** Never: the agent answers every call. */
  OFF("off"),
  /** When the server asks for it (e.g. an intercom or forced queue call). */
  ON_REQUEST("onRequest"),
  /** Every call offered. */
  ALWAYS("always");

  private final String tag;

  AutoAnswerMode(String tag) {
    this.tag = tag;
  }

  /** The name the settings file stores. */
  public String tag() {
    return tag;
  }

  /** The mode named {@code tag} (any case), if there is one. */
  public static Optional<AutoAnswerMode> fromTag(String tag) {
    for (AutoAnswerMode mode : values()) {
      if (mode.tag.equalsIgnoreCase(tag)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
