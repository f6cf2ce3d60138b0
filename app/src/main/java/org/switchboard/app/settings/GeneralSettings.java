package org.switchboard.app.settings;

import java.util.Objects;

/**
 * How the desktop fits into the agent's machine.
 *
 * @param startAtLogin whether the desktop starts when the user signs in to the computer
 * @param updates whether to look for newer versions
 * @param updateFeed the HTTPS address of the update feed; empty for none
 */
public record GeneralSettings(boolean startAtLogin, UpdatePolicy updates, String updateFeed) {
  public GeneralSettings {
    Objects.requireNonNull(updates, "updates");
    Objects.requireNonNull(updateFeed, "updateFeed");
  }

  /** Not started at login; no update checks. */
  public static GeneralSettings defaults() {
    return new GeneralSettings(false, UpdatePolicy.OFF, "");
  }
}
