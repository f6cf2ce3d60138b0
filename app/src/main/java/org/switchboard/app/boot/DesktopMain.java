package org.switchboard.app.boot;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import org.switchboard.app.diagnostics.DiagnosticsBundle;
import org.switchboard.app.diagnostics.DiagnosticsCommand;
import org.switchboard.app.headless.DataDirectory;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;
import org.switchboard.app.logging.Logging;
import org.switchboard.app.settings.SettingsLocation;
import org.switchboard.app.smoke.Check;
import org.switchboard.app.smoke.SmokeMode;
import org.switchboard.app.smoke.SmokeOptions;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.keychain.OsKeychain;

/**
 * The desktop's launcher ({@code switchboard.jar}). A plain class, not the {@code Application}
 * subclass, so that JavaFX starts from the classpath without the launcher's module check.
 *
 * <p>{@code switchboard [tel:…|callto:…|sip:…|sips:…]}: when a desktop already runs for this user,
 * the link (or just "come forward") goes to it over loopback and this start exits at once; the
 * desktop asks before it dials. The desktop that runs also logs to a file in its data directory.
 *
 * <p>{@code switchboard --diagnostics-bundle <file.zip|directory>}: writes the diagnostics bundle
 * and exits (0 written, 1 not) without starting the desktop.
 *
 * <p>{@code switchboard --smoke-test <report.json> [--smoke-wait-link <seconds>] [link]}: the
 * installed package's smoke test ({@link SmokeMode}), started the same way.
 *
 * <p>{@code switchboard --local-centre [link]}: the desktop as an agent of the sample contact
 * centre on this computer (the README's main command starts the queue service, then this): its own
 * settings in {@code <settings dir>/local-centre/}, written on first use with the sample agent
 * alice (SIP extension 1001 at {@code 127.0.0.1:5070}, queue service {@code http://127.0.0.1:8070})
 * and her sample passwords put into the keychain, so no first-run wizard shows; the agent's normal
 * settings are never touched. See {@link LocalCentre} for the environment variables that override
 * the sample's values.
 */
public final class DesktopMain {
  private DesktopMain() {}

  public static void main(String[] args) {
    Logging.install("info");
    Path data = DataDirectory.defaultFor(System.getenv());
    boolean localCentre = LocalCentre.requested(List.of(args));
    List<String> arguments = LocalCentre.others(List.of(args));
    if (DiagnosticsCommand.requested(arguments)) {
      Path settings = SettingsLocation.directory(System.getenv(), System::getProperty);
      DiagnosticsBundle bundle =
          DesktopDiagnostics.bundle(settings, data, Clock.systemDefaultZone());
      System.exit(DiagnosticsCommand.run(arguments, bundle, System.out, System.err));
      return;
    }
    Optional<SmokeOptions> smoke;
    Optional<DialLink> link;
    try {
      smoke = SmokeOptions.parse(arguments);
      link = DialLink.fromArguments(SmokeOptions.others(arguments));
    } catch (IllegalArgumentException e) {
      System.err.println("switchboard: " + e.getMessage());
      System.exit(2);
      return;
    }
    Optional<SingleInstance> instance;
    try {
      instance = SingleInstance.startOrForward(data, link.orElse(null));
    } catch (IOException e) {
      System.err.println("switchboard: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (instance.isEmpty() && smoke.isEmpty()) {
      return; // the running desktop took the link
    }
    // AWT (the tray icon; libjitsi also touches it) must set up its X11 connection before
    // JavaFX's GTK does: started later, from another thread, it races GTK's X error handling and
    // crashes the JVM.
    if (!GraphicsEnvironment.isHeadless()) {
      Toolkit.getDefaultToolkit();
    }
    instance.ifPresent(MacLinkEvents::install);
    if (smoke.isPresent()) {
      SmokeMode.run(smoke.get(), instance, link.orElse(null), DesktopMain::bundledFonts, args);
      return;
    }
    // Only the one running desktop writes the log file: a start that hands its link over never
    // does.
    Logging.logToFile(Logging.directoryIn(data));
    if (localCentre && !prepareLocalCentre()) {
      System.exit(1);
      return;
    }
    DesktopApplication.handOver(instance.orElseThrow(), link.orElse(null));
    Application.launch(DesktopApplication.class, args);
  }

  /** Prepares the local-centre profile and hands its settings directory over; false on failure. */
  private static boolean prepareLocalCentre() {
    Path dir =
        LocalCentre.settingsDir(SettingsLocation.directory(System.getenv(), System::getProperty));
    try {
      LocalCentre.prepare(dir, new OsKeychain(), System.getenv());
    } catch (IOException | SecretStoreException | IllegalArgumentException e) {
      System.err.println("switchboard: the local-centre settings: " + e.getMessage());
      return false;
    }
    DesktopApplication.useSettingsDirectory(dir);
    return true;
  }

  /** The smoke test's font check: the bundled Persian and Arabic font loads. JavaFX thread. */
  private static Check bundledFonts() {
    Fonts.install();
    return Fonts.family()
        .map(f -> Check.passed("fonts", "the bundled Persian and Arabic font loads as '" + f + "'"))
        .orElseGet(() -> Check.failed("fonts", "the bundled Persian and Arabic font did not load"));
  }
}
