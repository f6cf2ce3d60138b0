package org.switchboard.app.settings;

import java.util.List;
import java.util.Objects;

/**
 * What an administrator set for this machine (docs/provisioning.md): defaults that lie beneath the
 * user's own values, the fields the user may not change, and the problems met while reading it.
 *
 * @param defaults the built-in defaults with the administrator's over them
 * @param locks the fields that always take their value from {@code defaults}
 * @param problems why a provisioning source was not used as it stands; empty when all was well
 */
public record ProvisionedSettings(
    DesktopSettings defaults, SettingLocks locks, List<Problem> problems) {
  public ProvisionedSettings {
    Objects.requireNonNull(defaults, "defaults");
    Objects.requireNonNull(locks, "locks");
    problems = List.copyOf(problems);
  }

  /**
   * A provisioning source that could not be used.
   *
   * @param source the file's path or the URL
   * @param detail what was wrong, naming the field ({@code settings.port: Enter a port number from
   *     1 to 65535}); English, as the settings file's own problems are
   * @param lastGoodCopy whether the last good copy of the source is in use instead (else none is)
   */
  public record Problem(String source, String detail, boolean lastGoodCopy) {
    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** No provisioning: the built-in defaults, nothing locked. */
  public static ProvisionedSettings none() {
    return new ProvisionedSettings(DesktopSettings.defaults(), SettingLocks.none(), List.of());
  }
}
