package org.switchboard.app.boot;

import java.nio.file.Path;
import java.time.Clock;
import org.switchboard.app.diagnostics.DiagnosticsBundle;
import org.switchboard.app.diagnostics.DiagnosticsSources;
import org.switchboard.app.provisioning.ProvisioningLocation;
import org.switchboard.app.updates.AppVersion;

/** The diagnostics bundle of a desktop with these directories, on this machine. */
final class DesktopDiagnostics {
  private DesktopDiagnostics() {}

  static DiagnosticsSources sources(Path settingsDir, Path dataDir) {
    return new DiagnosticsSources(
        settingsDir,
        dataDir,
        ProvisioningLocation.file(System.getenv(), System::getProperty),
        AppVersion.text());
  }

  static DiagnosticsBundle bundle(Path settingsDir, Path dataDir, Clock clock) {
    return new DiagnosticsBundle(sources(settingsDir, dataDir), clock);
  }
}
