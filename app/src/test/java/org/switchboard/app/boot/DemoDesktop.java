package org.switchboard.app.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.switchboard.app.call.DirectoryTransferTargets;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.CustomerServices;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.AppearanceSettings;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.app.theme.Theme;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.StandaloneAgentSession;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.agent.WrapUpPolicy;

/**
 * The desktop over {@link DemoTelephony} and the real local customer directory (sample data), for
 * workspace tests and screenshots: everything but SIP and audio is the production code.
 */
final class DemoDesktop {
  final DemoTelephony telephony = new DemoTelephony();
  final Path dir;
  final DesktopEnvironment env;

  DemoDesktop(Path dir, Language language) {
    this(dir, language, Theme.LIGHT);
  }

  DemoDesktop(Path dir, Language language, Theme theme) {
    this(dir, language, theme, 100);
  }

  DemoDesktop(Path dir, Language language, Theme theme, int scalePercent) {
    this.dir = dir;
    AccountSettings account =
        new AccountSettings(
            "pbx.example.com",
            5060,
            SipTransport.UDP,
            "1001",
            "",
            "example.com",
            "Sara Ahmadi",
            language);
    try {
      DesktopSettings defaults = DesktopSettings.defaults().withAccount(account);
      new SettingsStore(dir.resolve("settings"))
          .save(
              new DesktopSettings(
                  defaults.account(),
                  defaults.audio(),
                  defaults.crm(),
                  defaults.queue(),
                  defaults.hotkeys(),
                  new AppearanceSettings(theme, scalePercent),
                  defaults.autoAnswer(),
                  defaults.general()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FakeSecretStore keychain = new FakeSecretStore();
    keychain.entries.put(account.passwordKey(), Secret.of("demo"));
    env =
        new DesktopEnvironment(
            dir.resolve("settings"),
            dir.resolve("data"),
            keychain,
            "DE",
            Clock.systemDefaultZone(),
            0,
            40000,
            null,
            null,
            Boolean.getBoolean("switchboard.demo.integration"));
  }

  /** Services over the demo telephony; the CRM side is the production local directory. */
  DesktopServices start(DesktopSettings settings, DesktopEnvironment e) throws AgentFailure {
    CustomerServices crm = DesktopCrm.start(settings.crm(), e, "Sara Ahmadi", e::secrets);
    StandaloneAgentSession agent =
        new StandaloneAgentSession(
            telephony,
            WrapUpPolicy.standalone(),
            StandaloneAgentSession.defaultReasons(),
            Presence.ready(),
            e.clock());
    ExecutorService worker = Executors.newSingleThreadExecutor();
    var directory = crm.directory();
    return new DesktopServices(
        telephony.telephony(),
        crm,
        null,
        agent,
        null,
        directory == null
            ? text -> CompletableFuture.completedFuture(List.of())
            : new DirectoryTransferTargets(
                List.of(
                    new TransferTarget(TransferTarget.Kind.QUEUE, "Billing", "7001", true, null),
                    new TransferTarget(
                        TransferTarget.Kind.AGENT, "Reza Karimi", "1002", true, "Team A")),
                directory,
                worker),
        "Sara Ahmadi",
        worker);
  }
}
