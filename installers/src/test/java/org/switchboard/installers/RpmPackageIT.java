package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.BoundedCommand;

/**
 * The .rpm as built: its metadata and scriptlets, and an install and erase with rpm into a
 * temporary root (this Debian machine has no RPM system to install into; the scriptlets run the
 * same desktop-integration.sh the .deb's scripts run, tested in DesktopIntegrationScriptTest).
 */
class RpmPackageIT {
  @TempDir Path root;

  private static String rpm(String... args) {
    List<String> command = new ArrayList<>(List.of("rpm"));
    command.addAll(List.of(args));
    BoundedCommand.Result result = BoundedCommand.run(command, Duration.ofMinutes(2));
    assertThat(result.exitCode()).as(String.join(" ", command) + "\n" + result.output()).isZero();
    return result.output();
  }

  private static Path rpmFile() {
    return Packages.single("rpm", ".rpm");
  }

  @Test
  void itIsNamedVersionedAndRequiresWhatJavaFxAndTheKeychainNeed() {
    String info = rpm("-qp", "--queryformat", "%{NAME} %{VERSION}\n", rpmFile().toString());
    assertThat(info).contains("switchboard " + Packages.version());
    assertThat(rpm("-qp", "--requires", rpmFile().toString())).contains("gtk3", "libsecret");
  }

  @Test
  void everythingItOwnsLivesUnderOptSwitchboard() {
    List<String> files =
        rpm("-qpl", rpmFile().toString()).lines().filter(l -> l.startsWith("/")).toList();
    assertThat(files)
        .contains(
            "/opt/switchboard/bin/Switchboard",
            "/opt/switchboard/bin/switchboard-agent",
            "/opt/switchboard/lib/app/share/switchboard.desktop",
            "/opt/switchboard/lib/app/share/desktop-integration.sh",
            "/opt/switchboard/lib/app/share/provisioning.example.json",
            "/opt/switchboard/lib/app/share/provisioning.schema.json");
    assertThat(files).allMatch(f -> f.startsWith("/opt/switchboard"));
  }

  @Test
  void itsScriptletsPlaceTheMenuEntryOnInstallAndRemoveItOnlyOnTheFinalErase() {
    String scripts = rpm("-qp", "--scripts", rpmFile().toString());
    assertThat(scripts)
        .contains("postinstall scriptlet")
        .contains("desktop-integration.sh install || true")
        .contains("if [ \"$1\" = 0 ]; then")
        .contains("desktop-integration.sh remove || true");
  }

  @Test
  void itInstallsIntoARootAndErasesWithoutLeavingAFile() throws Exception {
    String db = "--dbpath=/var/lib/rpm"; // inside the root
    Files.createDirectories(root.resolve("var/lib/rpm"));
    rpm("--root", root.toString(), db, "--initdb");
    List<String> before = Scripts.tree(root.resolve("var"));
    rpm("--root", root.toString(), db, "-i", "--nodeps", "--noscripts", rpmFile().toString());
    assertThat(root.resolve("opt/switchboard/bin/Switchboard")).isExecutable();
    assertThat(root.resolve("opt/switchboard/lib/runtime/release")).exists();
    assertThat(rpm("--root", root.toString(), db, "-q", "switchboard"))
        .startsWith("switchboard-" + Packages.version());
    rpm("--root", root.toString(), db, "-e", "--noscripts", "switchboard");
    assertThat(root.resolve("opt/switchboard")).doesNotExist();
    assertThat(Scripts.tree(root).stream().filter(p -> !p.startsWith("var")))
        .allMatch(p -> p.equals("opt"));
    assertThat(before).isNotEmpty();
  }
}
