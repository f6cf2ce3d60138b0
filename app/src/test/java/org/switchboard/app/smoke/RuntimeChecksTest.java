package org.switchboard.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runtime checks in the test JVM (a full JDK, so they pass) and against a runtime that lacks
 * what they look for. {@code SmokeModeTest} runs them in a JVM limited to fewer modules.
 */
class RuntimeChecksTest {
  @Test
  void everyCheckPassesOnAFullJdk() {
    assertThat(RuntimeChecks.all())
        .extracting(Check::name)
        .containsExactly("modules", "localeFormats", "messageBundles", "tls", "libraries");
    assertThat(RuntimeChecks.all())
        .allSatisfy(check -> assertThat(check.ok()).as(check.toString()).isTrue());
  }

  @Test
  void theRequiredModulesIncludeWhatJdepsCannotSee() {
    assertThat(RuntimeChecks.requiredModules())
        .contains(
            "java.base",
            "java.desktop",
            "java.naming",
            "jdk.crypto.ec",
            "jdk.localedata",
            "jdk.unsupported",
            "jdk.httpserver")
        .doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).matches("[a-z][a-z0-9.]*"));
  }

  @Test
  void aRuntimeWithoutLocaleDataOrEllipticCurvesFailsNamingThem() {
    Set<String> present = new TreeSet<>(RuntimeChecks.requiredModules());
    present.removeAll(List.of("jdk.localedata", "jdk.crypto.ec"));

    Check modules = RuntimeChecks.modules(present);

    assertThat(modules.ok()).isFalse();
    assertThat(modules.detail())
        .isEqualTo("missing from the runtime: jdk.crypto.ec, jdk.localedata");
  }

  @Test
  void aMissingLibraryClassFailsNamingIt() {
    Check libraries =
        RuntimeChecks.libraries(List.of("javax.sip.SipFactory", "org.example.NotPackaged"));

    assertThat(libraries.ok()).isFalse();
    assertThat(libraries.detail()).startsWith("org.example.NotPackaged: ");
  }

  @Test
  void persianAndArabicFormattingIsReportedAsSeen() {
    Check formats = LocaleFormats.check();

    assertThat(formats.ok()).isTrue();
    assertThat(formats.detail()).contains("۱۲۳", "١٢٣", "مارس");
  }
}
