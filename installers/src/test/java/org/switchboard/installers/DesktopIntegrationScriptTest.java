package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.testkit.BoundedCommand;

/**
 * The maintainer scripts of the .deb and the .rpm scriptlets, run for real against a temporary root
 * (DPKG_ROOT): they place and remove the menu entry and icons, and never fail on a machine without
 * a desktop menu system.
 */
class DesktopIntegrationScriptTest {
  private static final Path SCRIPT = Scripts.SHARE.resolve("desktop-integration.sh");
  @TempDir Path root;
  @TempDir Path tools;

  /** A PATH with the shell's basic tools but none of the desktop ones. */
  private String barePath() throws Exception {
    for (String tool : List.of("sh", "cp", "rm", "chmod", "grep", "cat")) {
      Path link = tools.resolve(tool);
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, Path.of("/bin", tool));
      }
    }
    return tools.toString();
  }

  private Map<String, String> env(String path) {
    return Map.of("DPKG_ROOT", root.toString(), "PATH", path);
  }

  private Map<String, String> fullEnv() {
    return env("/usr/sbin:/usr/bin:/sbin:/bin");
  }

  private void desktopDirectories() throws Exception {
    Files.createDirectories(root.resolve("usr/share/applications"));
    Files.createDirectories(root.resolve("usr/share/icons/hicolor/48x48/apps"));
    Files.createDirectories(root.resolve("usr/share/icons/hicolor/256x256/apps"));
  }

  @Test
  void installAndRemoveOnAMachineWithoutADesktopMenuSystemSucceedAndWriteNothing()
      throws Exception {
    Scripts.installShare(root);
    List<String> before = Scripts.tree(root);
    // No /usr/share/applications, no icon theme, no update-desktop-database on the PATH.
    for (String action : List.of("install", "remove")) {
      BoundedCommand.Result result = Scripts.sh(SCRIPT, env(barePath()), action);
      assertThat(result.exitCode()).as(action + ": " + result.output()).isZero();
      assertThat(Scripts.tree(root)).as(action).isEqualTo(before);
    }
  }

  @Test
  void installPlacesTheMenuEntryWithItsUriHandlersAndTheIcons() throws Exception {
    Scripts.installShare(root);
    desktopDirectories();
    BoundedCommand.Result result = Scripts.sh(SCRIPT, fullEnv(), "install");
    assertThat(result.exitCode()).as(result.output()).isZero();
    Path entry = root.resolve("usr/share/applications/switchboard.desktop");
    assertThat(entry).hasSameTextualContentAs(Scripts.SHARE.resolve("switchboard.desktop"));
    assertThat(root.resolve("usr/share/icons/hicolor/256x256/apps/switchboard.png")).exists();
    assertThat(root.resolve("usr/share/icons/hicolor/48x48/apps/switchboard.png")).exists();
    // update-desktop-database (desktop-file-utils) registers the scheme handlers.
    String cache = Files.readString(root.resolve("usr/share/applications/mimeinfo.cache"));
    for (String scheme : List.of("sip", "sips", "tel", "callto")) {
      assertThat(cache).contains("x-scheme-handler/" + scheme + "=switchboard.desktop;");
    }
  }

  @Test
  void removeTakesAwayEverythingInstallPut() throws Exception {
    Scripts.installShare(root);
    desktopDirectories();
    List<String> before = Scripts.tree(root);
    assertThat(Scripts.sh(SCRIPT, fullEnv(), "install").exitCode()).isZero();
    assertThat(Scripts.tree(root)).isNotEqualTo(before);
    BoundedCommand.Result result = Scripts.sh(SCRIPT, fullEnv(), "remove");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(Scripts.tree(root)).isEqualTo(before);
  }

  @Test
  void debMaintainerScriptsInstallOnConfigureRemoveOnRemoveAndKeepOnUpgrade() throws Exception {
    Scripts.installShare(root);
    desktopDirectories();
    Path entry = root.resolve("usr/share/applications/switchboard.desktop");
    assertThat(Scripts.sh(Scripts.LINUX.resolve("preinst"), fullEnv(), "install").exitCode())
        .isZero();
    assertThat(Scripts.sh(Scripts.LINUX.resolve("postinst"), fullEnv(), "configure").exitCode())
        .isZero();
    assertThat(entry).exists();
    assertThat(Scripts.sh(Scripts.LINUX.resolve("prerm"), fullEnv(), "upgrade", "0.1.1").exitCode())
        .isZero();
    assertThat(entry).as("an upgrade keeps the menu entry").exists();
    assertThat(Scripts.sh(Scripts.LINUX.resolve("prerm"), fullEnv(), "remove").exitCode()).isZero();
    assertThat(entry).doesNotExist();
    assertThat(Scripts.sh(Scripts.LINUX.resolve("postrm"), fullEnv(), "purge").exitCode()).isZero();
  }

  @Test
  void maintainerScriptsNeverFailEvenWithoutTheAppOrDesktopTools() throws Exception {
    // Nothing under /opt (e.g. a half-removed package) and no tools: still exit 0.
    for (String script : List.of("preinst", "postinst", "prerm", "postrm")) {
      for (String argument : List.of("configure", "remove", "upgrade", "purge", "bogus")) {
        BoundedCommand.Result result =
            Scripts.sh(Scripts.LINUX.resolve(script), env(barePath()), argument);
        assertThat(result.exitCode()).as(script + " " + argument + ": " + result.output()).isZero();
      }
    }
    assertThat(Scripts.sh(SCRIPT, env(barePath()), "bogus").exitCode()).isZero();
  }
}
