package org.switchboard.app.boot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.headless.DataDirectory;
import org.switchboard.app.provisioning.Provisioning;
import org.switchboard.app.settings.SettingsLocation;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.keychain.OsKeychain;

/**
 * What the desktop takes from the machine it runs on: where settings and data live, the keychain,
 * the region for phone numbers, the clock, and the local ports. Tests build their own, pointing at
 * temporary directories and the lab.
 *
 * @param sipPort the local SIP port, 0 for any free one
 * @param rtpPortMin the first of the RTP ports (a range of 1000)
 * @param source call audio from this instead of the chosen microphone (tests), or null
 * @param sink call audio to this instead of the chosen speaker (tests), or null
 * @param desktopIntegration whether to install the tray icon, global hotkeys and the
 *     single-instance listener (off in tests)
 * @param provisioning the administrator's central configuration (none in most tests)
 */
public record DesktopEnvironment(
    Path settingsDir,
    Path dataDir,
    SecretStore secrets,
    String region,
    Clock clock,
    int sipPort,
    int rtpPortMin,
    @Nullable AudioSource source,
    @Nullable AudioSink sink,
    boolean desktopIntegration,
    Provisioning provisioning) {
  public DesktopEnvironment {
    Objects.requireNonNull(settingsDir, "settingsDir");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(provisioning, "provisioning");
  }

  /** Without central configuration. */
  public DesktopEnvironment(
      Path settingsDir,
      Path dataDir,
      SecretStore secrets,
      String region,
      Clock clock,
      int sipPort,
      int rtpPortMin,
      @Nullable AudioSource source,
      @Nullable AudioSink sink,
      boolean desktopIntegration) {
    this(
        settingsDir,
        dataDir,
        secrets,
        region,
        clock,
        sipPort,
        rtpPortMin,
        source,
        sink,
        desktopIntegration,
        Provisioning.none());
  }

  /** This environment with its settings kept in {@code directory}. */
  public DesktopEnvironment withSettingsDir(Path directory) {
    return new DesktopEnvironment(
        directory,
        dataDir,
        secrets,
        region,
        clock,
        sipPort,
        rtpPortMin,
        source,
        sink,
        desktopIntegration,
        provisioning);
  }

  /** The last RTP port. */
  public int rtpPortMax() {
    return rtpPortMin + 999;
  }

  /**
   * The real machine: the user's directories, the OS keychain, the locale's region, the machine's
   * provisioning file.
   */
  public static DesktopEnvironment system() {
    String country = Locale.getDefault().getCountry();
    Path data = DataDirectory.defaultFor(System.getenv());
    return new DesktopEnvironment(
        SettingsLocation.directory(System.getenv(), System::getProperty),
        data,
        new OsKeychain(),
        country.isEmpty() ? "US" : country,
        Clock.systemDefaultZone(),
        0,
        40000,
        null,
        null,
        true,
        Provisioning.forMachine(System.getenv(), System::getProperty, data));
  }
}
