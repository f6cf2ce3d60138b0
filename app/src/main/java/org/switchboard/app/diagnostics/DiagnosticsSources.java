package org.switchboard.app.diagnostics;

import java.nio.file.Path;
import org.switchboard.app.logging.Logging;

/**
 * Where a diagnostics bundle takes its material from.
 *
 * @param settingsDir the desktop's settings directory ({@code account.json}, {@code
 *     crm-options.json})
 * @param dataDir the desktop's data directory: the logs under {@code logs/}; everything else there
 *     is only listed
 * @param provisioningFile the machine's provisioning file; it need not exist
 * @param appVersion the running version, as shown to the user ({@code unknown} when not packaged)
 */
public record DiagnosticsSources(
    Path settingsDir, Path dataDir, Path provisioningFile, String appVersion) {
  /** The settings files the bundle includes (cleaned), in the settings directory. */
  static final java.util.List<String> SETTINGS_FILES =
      java.util.List.of("account.json", "crm-options.json");

  /** The directory of the desktop's log files. */
  public Path logDir() {
    return Logging.directoryIn(dataDir);
  }
}
