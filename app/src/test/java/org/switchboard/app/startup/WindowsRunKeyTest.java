package org.switchboard.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Windows Run key's reg.exe command lines, as pure functions and through a fake runner. */
class WindowsRunKeyTest {
  private static final String RUN = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
  private final LauncherCommand installed =
      new LauncherCommand(List.of("C:\\Program Files\\Switchboard\\Switchboard.exe"));
  private final List<List<String>> ran = new ArrayList<>();

  @Test
  void turningItOnAddsTheQuotedLauncherUnderTheUsersRunKey() {
    assertThat(WindowsRunKey.addCommand(installed))
        .containsExactly(
            "reg",
            "add",
            RUN,
            "/v",
            "Switchboard",
            "/t",
            "REG_SZ",
            "/d",
            "\\\"C:\\Program Files\\Switchboard\\Switchboard.exe\\\"",
            "/f");
    assertThat(WindowsRunKey.runValue(installed))
        .isEqualTo("\"C:\\Program Files\\Switchboard\\Switchboard.exe\"");
  }

  @Test
  void turningItOffDeletesTheValue() {
    assertThat(WindowsRunKey.deleteCommand())
        .containsExactly("reg", "delete", RUN, "/v", "Switchboard", "/f");
  }

  @Test
  void aJavaCommandLineQuotesEveryPartAndKeepsATrailingBackslashFromEscapingTheQuote() {
    LauncherCommand java =
        new LauncherCommand(
            List.of("C:\\Java\\bin\\javaw.exe", "-jar", "D:\\My Apps\\switchboard.jar"));

    assertThat(WindowsRunKey.runValue(java))
        .isEqualTo("\"C:\\Java\\bin\\javaw.exe\" \"-jar\" \"D:\\My Apps\\switchboard.jar\"");
    assertThat(WindowsRunKey.runValue(new LauncherCommand(List.of("C:\\dir\\"))))
        .isEqualTo("\"C:\\dir\\\\\"");
    assertThat(WindowsRunKey.forCommandLine("\"C:\\dir\\\\\""))
        .isEqualTo("\\\"C:\\dir\\\\\\\\\\\"");
  }

  @Test
  void applyRunsRegAndALeftOverValueIsNoProblemWhenRemoving() throws Exception {
    new WindowsRunKey(installed, exitWith(0)).apply(true);
    new WindowsRunKey(installed, exitWith(1)).apply(false);

    assertThat(ran).extracting(c -> c.get(1)).containsExactly("add", "delete");
  }

  @Test
  void aFailedRegAddIsReported() {
    assertThatThrownBy(() -> new WindowsRunKey(installed, exitWith(1)).apply(true))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exit code 1");
  }

  private CommandRunner exitWith(int code) {
    return command -> {
      ran.add(command);
      return code;
    };
  }
}
