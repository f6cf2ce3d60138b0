package org.switchboard.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherCommandTest {
  private static final String MAIN = "org.switchboard.app.boot.DesktopMain";
  private final Map<String, String> properties = new HashMap<>();

  LauncherCommandTest() {
    properties.put("os.name", "Linux");
    properties.put("java.home", "/usr/lib/jvm/java-17");
  }

  @Test
  void theInstalledLauncherIsUsedWhenJpackageStartedUs() {
    properties.put("jpackage.app-path", "/opt/switchboard/bin/Switchboard");
    properties.put("java.class.path", "/opt/switchboard/lib/app/switchboard.jar");

    assertThat(LauncherCommand.current(properties::get, MAIN).arguments())
        .containsExactly("/opt/switchboard/bin/Switchboard");
  }

  @Test
  void aJarStartIsRepeatedWithTheSameJava() {
    properties.put("java.class.path", "/home/a/switchboard/switchboard.jar");

    assertThat(LauncherCommand.current(properties::get, MAIN).arguments())
        .containsExactly(
            Path.of("/usr/lib/jvm/java-17", "bin", "java").toString(),
            "-jar",
            "/home/a/switchboard/switchboard.jar");
  }

  @Test
  void aClassPathStartNamesTheMainClassWithAbsoluteEntries() {
    properties.put("java.class.path", "target/classes" + File.pathSeparator + "/libs/a.jar");

    List<String> arguments = LauncherCommand.current(properties::get, MAIN).arguments();

    assertThat(arguments).hasSize(4).endsWith(MAIN);
    assertThat(arguments.get(1)).isEqualTo("-cp");
    assertThat(arguments.get(2))
        .isEqualTo(Path.of("target/classes").toAbsolutePath() + File.pathSeparator + "/libs/a.jar");
  }

  @Test
  void onWindowsTheConsolelessJavaIsUsed() {
    properties.put("os.name", "Windows 11");
    properties.put("java.class.path", "/sb/switchboard.jar");

    assertThat(LauncherCommand.current(properties::get, MAIN).program()).endsWith("javaw.exe");
  }
}
