package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.DurableOutbox;
import org.switchboard.testkit.BoundedCommand;
import org.switchboard.testkit.Xvfb;

/**
 * The .deb on this machine, as an IT department would use it: install, start the installed app in
 * its smoke mode, open a {@code sip:} link through the desktop's URI handler into the running app,
 * upgrade to a newer build keeping the user's settings and pending CRM records, and remove it
 * leaving nothing in system directories. Needs root (CI has it).
 */
class DebPackageIT {
  private static final Path LAUNCHER = Path.of("/opt/switchboard/bin/Switchboard");
  private static final String LINK = "sip:2001@127.0.0.1";

  @TempDir Path home;
  @TempDir Path work;

  @AfterEach
  void leaveTheMachineAsFound() {
    Dpkg.purge();
  }

  @Test
  void installRunOpenALinkUpgradeAndRemove() throws Exception {
    Dpkg.requireRoot();
    Dpkg.purge();
    assertThat(Dpkg.systemLeftovers()).as("a clean machine to start with").isEmpty();

    Dpkg.install(Packages.single("deb", ".deb"));
    assertThat(Dpkg.installedVersion()).isEqualTo(Packages.version() + "-1");
    assertThat(LAUNCHER).isExecutable();
    assertThat(Path.of("/usr/share/applications/switchboard.desktop")).exists();
    assertThat(xdgMime("query", "default", "x-scheme-handler/sip").trim())
        .isEqualTo("switchboard.desktop");

    try (Xvfb display = Xvfb.start(work, Duration.ofMinutes(5))) {
      linkOpensInTheRunningAppWhichAsksFirst(display.display());
      seedUserData();
      Map<String, String> before = hashes(home.resolve(".config"), home.resolve(".local/share"));

      Dpkg.install(newerBuild());
      assertThat(Dpkg.installedVersion()).isEqualTo(nextVersion() + "-1");
      assertThat(hashes(home.resolve(".config"), home.resolve(".local/share")))
          .as("the upgrade touched no user file")
          .isEqualTo(before);
      userDataStillReadable();
      assertThat(Path.of("/usr/share/applications/switchboard.desktop"))
          .as("the upgrade keeps the menu entry")
          .exists();
      try (SmokeRun upgraded = SmokeRun.start(LAUNCHER, home, display.display())) {
        JsonNode report = upgraded.finish(Duration.ofMinutes(2));
        assertThat(report.path("ok").asBoolean()).as(report.toPrettyString()).isTrue();
      }
    }

    Dpkg.ok("dpkg", "--remove", Dpkg.PACKAGE);
    Dpkg.ok("dpkg", "--purge", Dpkg.PACKAGE);
    assertThat(Dpkg.installedVersion()).isEmpty();
    assertThat(Dpkg.systemLeftovers()).as("removal leaves nothing behind").isEmpty();
    Path cache = Path.of("/usr/share/applications/mimeinfo.cache");
    if (Files.exists(cache)) {
      assertThat(Files.readString(cache)).doesNotContain("switchboard");
    }
  }

  /** The running app gets the link from xdg-open's second start and shows its confirmation. */
  private void linkOpensInTheRunningAppWhichAsksFirst(String display) {
    try (SmokeRun run = SmokeRun.start(LAUNCHER, home, display, "--smoke-wait-link", "60")) {
      run.awaitListening(home);
      BoundedCommand.Result open =
          BoundedCommand.run(
              List.of("xdg-open", LINK),
              SmokeRun.userEnvironment(home, display),
              null,
              Duration.ofSeconds(60));
      assertThat(open.exitCode()).as("xdg-open " + LINK + "\n" + open.output()).isZero();
      JsonNode report = run.finish(Duration.ofSeconds(90));
      assertThat(report.path("ok").asBoolean()).as(report.toPrettyString()).isTrue();
      assertThat(report.path("link").asText()).isEqualTo(LINK);
      assertThat(report.path("confirmationShown").asBoolean()).isTrue();
    }
  }

  /** Settings as the desktop saves them and a call record the CRM has not taken yet. */
  private void seedUserData() throws Exception {
    new SettingsStore(SmokeRun.settingsDir(home)).save(settings());
    try (DurableOutbox outbox = outbox()) {
      outbox.log(
          new CallRecord(
              "call-1",
              CallDirection.INBOUND,
              "2001",
              "1001",
              Instant.parse("2026-11-23T09:00:00Z"),
              Duration.ofSeconds(42),
              "sales",
              "resolved",
              "notes",
              List.of(),
              (URI) null,
              "1001",
              null));
      assertThat(outbox.undelivered()).hasSize(1);
    }
  }

  private void userDataStillReadable() throws Exception {
    SettingsStore.Loaded loaded = new SettingsStore(SmokeRun.settingsDir(home)).load();
    assertThat(loaded.problem()).isNull();
    assertThat(loaded.desktop()).isEqualTo(settings());
    try (DurableOutbox outbox = outbox()) {
      assertThat(outbox.undelivered())
          .singleElement()
          .satisfies(e -> assertThat(e.record().key()).isEqualTo("call-1"));
    }
  }

  private static DesktopSettings settings() {
    return DesktopSettings.defaults()
        .withAccount(
            new AccountSettings(
                "127.0.0.1",
                5060,
                SipTransport.UDP,
                "1001",
                "1001",
                "switchboard.test",
                "Agent 1001",
                Language.PERSIAN));
  }

  /** An outbox whose CRM is down: the record stays pending. */
  private DurableOutbox outbox() throws Exception {
    return DurableOutbox.openWithoutDeliveryThread(
        SmokeRun.dataDir(home).resolve("outbox"),
        new CallLogWriter() {
          @Override
          public String name() {
            return "crm-down";
          }

          @Override
          public void write(CallRecord record) throws CallLogException {
            throw new CallLogException(true, "CRM down (test)", null, null);
          }
        },
        Clock.systemUTC(),
        RandomGenerator.getDefault());
  }

  private static String nextVersion() {
    String[] parts = Packages.version().split("\\.");
    parts[2] = Integer.toString(Integer.parseInt(parts[2]) + 1);
    return String.join(".", parts);
  }

  /** The same app image packaged as the next version, with the same configuration. */
  private Path newerBuild() {
    Path config = Path.of(System.getProperty("installers.config", "target/jpackage-config"));
    Path dest = work.resolve("newer");
    BoundedCommand.Result built =
        BoundedCommand.run(
            List.of(
                "jpackage",
                "@" + config.resolve("common.args"),
                "@" + config.resolve("linux-deb.args"),
                "--app-version",
                nextVersion(),
                "--app-image",
                Packages.appImage().toString(),
                "--dest",
                dest.toString()),
            Duration.ofMinutes(3));
    assertThat(built.exitCode()).as(built.output()).isZero();
    return dest.resolve("switchboard_" + nextVersion() + "-1_amd64.deb");
  }

  private String xdgMime(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("xdg-mime"));
    command.addAll(List.of(args));
    BoundedCommand.Result result =
        BoundedCommand.run(
            command, SmokeRun.userEnvironment(home, ":0"), null, Duration.ofSeconds(30));
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.output();
  }

  private static Map<String, String> hashes(Path... roots) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
          out.put(f.toString(), HexFormat.of().formatHex(digest));
        }
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }
}
