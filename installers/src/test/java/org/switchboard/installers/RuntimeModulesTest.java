package org.switchboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The jlinked runtime holds every JDK module the desktop's smoke test checks for (the app's own
 * list, app/src/main/resources/org/switchboard/app/smoke/runtime-modules.txt), so a module the app
 * starts to need is added in one place and the packages follow or this test fails.
 */
class RuntimeModulesTest {
  private static List<String> appNeeds() throws IOException {
    try (InputStream in =
        RuntimeModulesTest.class.getResourceAsStream(
            "/org/switchboard/app/smoke/runtime-modules.txt")) {
      String text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .map(l -> l.replaceFirst("#.*$", "").trim())
          .filter(l -> !l.isEmpty())
          .toList();
    }
  }

  @Test
  void theRuntimeImageHasEveryModuleTheAppNeeds() throws IOException {
    List<String> packaged = Arrays.asList(System.getProperty("installers.modules", "").split(","));
    assertThat(appNeeds()).isNotEmpty().contains("java.base", "jdk.localedata");
    assertThat(packaged).containsAll(appNeeds());
  }
}
