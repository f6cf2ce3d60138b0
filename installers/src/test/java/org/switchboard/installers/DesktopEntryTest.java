package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.testkit.BoundedCommand;

/** The Linux menu entry that registers the URI handlers. */
class DesktopEntryTest {
  private static final Path ENTRY = Scripts.SHARE.resolve("switchboard.desktop");

  @Test
  void theEntryIsValidForDesktopFileUtils() {
    BoundedCommand.Result result =
        BoundedCommand.run(
            List.of("desktop-file-validate", ENTRY.toString()), Duration.ofSeconds(30));
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).isBlank();
  }

  @Test
  void itHandlesSipSipsTelAndCalltoByPassingTheUriToTheInstalledLauncher() throws Exception {
    List<String> lines = Files.readAllLines(ENTRY);
    assertThat(lines)
        .contains(
            "MimeType=x-scheme-handler/sip;x-scheme-handler/sips;x-scheme-handler/tel;"
                + "x-scheme-handler/callto;")
        .contains("Exec=/opt/switchboard/bin/Switchboard %u")
        .contains("Icon=switchboard");
  }

  @Test
  void itIsTranslatedLikeTheApp() throws Exception {
    String entry = Files.readString(ENTRY);
    for (String language : List.of("fa", "ar", "ru")) {
      assertThat(entry).contains("Comment[" + language + "]=").contains("GenericName[" + language);
    }
  }
}
