package org.switchboard.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The macOS launch agent's property list, as a pure function and as a file in a temporary home. */
class MacLaunchAgentTest {
  @TempDir Path home;

  @Test
  void thePropertyListStartsTheAppAtLoad() {
    String plist =
        MacLaunchAgent.plist(
            new LauncherCommand(
                List.of("/Applications/Switchboard.app/Contents/MacOS/Switchboard")));

    assertThat(plist)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist")
        .contains(
            "  <key>Label</key>\n  <string>org.switchboard.desktop</string>\n",
            "  <key>ProgramArguments</key>\n  <array>\n"
                + "    <string>/Applications/Switchboard.app/Contents/MacOS/Switchboard</string>\n"
                + "  </array>\n",
            "  <key>RunAtLoad</key>\n  <true/>\n")
        .endsWith("</dict>\n</plist>\n");
  }

  @Test
  void argumentsAreEscapedForXml() {
    String plist =
        MacLaunchAgent.plist(
            new LauncherCommand(List.of("/Users/a&b/<jdk>/bin/java", "-jar", "/x/sb.jar")));

    assertThat(plist)
        .contains(
            "    <string>/Users/a&amp;b/&lt;jdk&gt;/bin/java</string>\n"
                + "    <string>-jar</string>\n"
                + "    <string>/x/sb.jar</string>\n");
  }

  @Test
  void theAgentIsWrittenToLaunchAgentsAndRemoved() throws Exception {
    StartAtLogin mac =
        StartAtLogin.forSystem(
            new LauncherCommand(
                List.of("/Applications/Switchboard.app/Contents/MacOS/Switchboard")),
            Map.of(),
            Map.of("os.name", "Mac OS X", "user.home", home.toString())::get);
    Path agent = home.resolve("Library/LaunchAgents/org.switchboard.desktop.plist");

    mac.apply(true);
    assertThat(Files.readString(agent)).contains("<key>RunAtLoad</key>");
    mac.apply(false);
    assertThat(agent).doesNotExist();
  }
}
