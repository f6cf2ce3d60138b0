package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packages' version and configuration stay in step with the project. */
class InstallerVersionTest {
  @Test
  void thePackageVersionIsTheProjectVersionWithoutItsQualifier() {
    String project = System.getProperty("project.version", "");
    String packaged = System.getProperty("installers.version", "");
    assertThat(packaged).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
    assertThat(project.replaceFirst("-.*$", "")).isEqualTo(packaged);
  }

  @Test
  void everyOsBuildsItsImageFromTheSharedArgumentFilesWithItsOwnIcon() throws Exception {
    Path config = Path.of("src/main/jpackage");
    for (String os : List.of("linux", "windows", "mac")) {
      String image = Files.readString(config.resolve(os + "-image.args"));
      assertThat(image).startsWith("--icon src/main/");
      Path icon = Path.of(image.lines().findFirst().orElseThrow().substring("--icon ".length()));
      assertThat(icon).as(os + " icon").exists().isNotEmptyFile();
    }
    assertThat(Files.readString(config.resolve("windows-msi.args")))
        .contains("--type msi", "--win-upgrade-uuid", "--resource-dir target/jpackage/wix");
    assertThat(Files.readString(config.resolve("mac-image.args")))
        .contains("--mac-package-identifier org.switchboard.desktop");
  }
}
