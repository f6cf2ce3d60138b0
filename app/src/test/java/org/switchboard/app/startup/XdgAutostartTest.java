package org.switchboard.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux autostart entry, written into a temporary configuration directory. */
class XdgAutostartTest {
  @TempDir Path config;
  @TempDir Path home;

  private final LauncherCommand installed =
      new LauncherCommand(List.of("/opt/switchboard/bin/Switchboard"));

  private Path entry() {
    return config.resolve("autostart").resolve("switchboard.desktop");
  }

  private StartAtLogin linux(LauncherCommand launcher) {
    return StartAtLogin.forSystem(
        launcher,
        Map.of("XDG_CONFIG_HOME", config.toString()),
        Map.of("os.name", "Linux", "user.home", home.toString())::get);
  }

  @Test
  void turningItOnWritesAValidEntryStartingTheInstalledLauncher() throws Exception {
    linux(installed).apply(true);

    assertThat(Files.readAllLines(entry(), StandardCharsets.UTF_8))
        .contains(
            "[Desktop Entry]",
            "Type=Application",
            "Exec=/opt/switchboard/bin/Switchboard",
            "X-GNOME-Autostart-enabled=true");
    assertThat(validate(entry())).isEmpty();
  }

  @Test
  void turningItOffRemovesTheEntryAndTurningItOffAgainIsFine() throws Exception {
    linux(installed).apply(true);

    linux(installed).apply(false);
    linux(installed).apply(false);

    assertThat(entry()).doesNotExist();
    assertThat(entry().getParent()).exists();
  }

  @Test
  void anUpgradedLauncherPathReplacesTheOldOne() throws Exception {
    linux(new LauncherCommand(List.of("/opt/switchboard-0.1/bin/Switchboard"))).apply(true);

    linux(installed).apply(true);

    assertThat(Files.readString(entry()))
        .contains("Exec=/opt/switchboard/bin/Switchboard\n")
        .doesNotContain("0.1");
    try (var files = Files.list(entry().getParent())) {
      assertThat(files).containsExactly(entry());
    }
  }

  @Test
  void withoutXdgConfigHomeTheEntryGoesUnderTheHomeConfigDirectory() {
    assertThat(XdgAutostart.directory(Map.of(), home)).isEqualTo(home.resolve(".config/autostart"));
    assertThat(XdgAutostart.directory(Map.of("XDG_CONFIG_HOME", "relative/dir"), home))
        .isEqualTo(home.resolve(".config/autostart"));
    assertThat(XdgAutostart.directory(Map.of("XDG_CONFIG_HOME", "/etc/xdg-user"), home))
        .isEqualTo(Path.of("/etc/xdg-user/autostart"));
  }

  @Test
  void aJavaCommandLineWithSpacesAndSpecialCharactersIsQuotedAsTheSpecificationAsks()
      throws Exception {
    LauncherCommand java =
        new LauncherCommand(
            List.of("/usr/lib/jvm/java 17/bin/java", "-jar", "/home/a$b/100% \"sb\"/sb.jar"));

    assertThat(XdgAutostart.exec(java.arguments()))
        .isEqualTo(
            "\"/usr/lib/jvm/java 17/bin/java\" -jar \"/home/a\\\\$b/100%% \\\\\"sb\\\\\"/sb.jar\"");
    linux(java).apply(true);
    assertThat(validate(entry())).isEmpty();
  }

  @Test
  void aLauncherPathWithALineBreakIsRefused() {
    assertThatThrownBy(() -> XdgAutostart.exec(List.of("/opt/evil\nExec=rm")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** desktop-file-validate's complaints about {@code file}; empty when it is valid. */
  private static String validate(Path file) throws Exception {
    Process p =
        new ProcessBuilder("desktop-file-validate", file.toString())
            .redirectErrorStream(true)
            .start();
    try {
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("desktop-file-validate finished").isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.exitValue() == 0 ? out.strip() : "exit " + p.exitValue() + ": " + out;
    } finally {
      p.destroyForcibly();
    }
  }
}
