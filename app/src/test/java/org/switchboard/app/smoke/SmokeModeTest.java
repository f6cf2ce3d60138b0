package org.switchboard.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke mode end to end, as the installed package runs it: the launcher in its own JVM on
 * Monocle, a second launch handing it a link over the single-instance port, a runtime limited to
 * fewer JDK modules, a run whose link never comes, and one without any display.
 */
class SmokeModeTest {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration RUN = Duration.ofSeconds(90);

  @TempDir Path home;
  private final List<SmokeProcess> started = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    started.forEach(SmokeProcess::kill);
  }

  private SmokeProcess launch(List<String> jvmOptions, String... args) throws Exception {
    SmokeProcess process = SmokeProcess.start(home, jvmOptions, args);
    started.add(process);
    return process;
  }

  private Path report() {
    return home.resolve("out/report.json");
  }

  private static Map<String, Boolean> outcomes(JsonNode report) {
    Map<String, Boolean> outcomes = new TreeMap<>();
    report
        .get("checks")
        .forEach(c -> outcomes.put(c.get("name").asText(), c.get("ok").asBoolean()));
    return outcomes;
  }

  @Test
  void aLinkHandedOverByASecondLaunchIsAskedAboutAndCancelledAndEveryCheckPasses()
      throws Exception {
    SmokeProcess smoke =
        launch(
            SmokeProcess.MONOCLE, "--smoke-test", report().toString(), "--smoke-wait-link", "60");
    Path portFile = SmokeProcess.dataDirectory(home).resolve("instance.port");
    smoke.awaitFile(portFile, START);

    SmokeProcess second = launch(SmokeProcess.MONOCLE, "sip:2001@127.0.0.1");

    assertThat(second.awaitExit(START)).as(second.output()).isZero();
    assertThat(smoke.awaitExit(RUN)).as(smoke.output()).isZero();
    JsonNode report = SmokeProcess.read(report());
    assertThat(report.get("ok").asBoolean()).as(report.toPrettyString()).isTrue();
    assertThat(outcomes(report))
        .containsOnlyKeys(
            "singleInstance",
            "toolkit",
            "fonts",
            "modules",
            "localeFormats",
            "messageBundles",
            "tls",
            "libraries",
            "linkConfirmation")
        .doesNotContainValue(false);
    assertThat(report.get("link").asText()).isEqualTo("sip:2001@127.0.0.1");
    assertThat(report.get("confirmationShown").asBoolean()).isTrue();
    assertThat(report.get("javafxVersion").asText()).startsWith("21");
    assertThat(report.get("javaHome").asText()).isEqualTo(System.getProperty("java.home"));
    assertThat(portFile).doesNotExist();
  }

  @Test
  void aRuntimeWithoutLocaleDataAndEllipticCurvesFailsNamingWhatIsMissing() throws Exception {
    List<String> limited = new ArrayList<>(RuntimeChecks.requiredModules());
    limited.removeAll(List.of("jdk.localedata", "jdk.crypto.ec"));
    List<String> options = new ArrayList<>(SmokeProcess.MONOCLE);
    options.add("--limit-modules");
    options.add(String.join(",", limited));

    SmokeProcess smoke =
        launch(options, "--smoke-test", report().toString(), "callto:+15551234567");

    assertThat(smoke.awaitExit(RUN)).as(smoke.output()).isEqualTo(1);
    JsonNode report = SmokeProcess.read(report());
    assertThat(report.get("ok").asBoolean()).isFalse();
    assertThat(outcomes(report))
        .containsEntry("modules", false)
        .containsEntry("localeFormats", false)
        .containsEntry("tls", false)
        .containsEntry("toolkit", true)
        .containsEntry("linkConfirmation", true);
    assertThat(report.get("checks").findValuesAsText("detail"))
        .contains("missing from the runtime: jdk.crypto.ec, jdk.localedata");
    assertThat(report.get("link").asText()).isEqualTo("tel:+15551234567");
  }

  @Test
  void aLinkThatNeverComesFailsTheRunWithinItsWait() throws Exception {
    SmokeProcess smoke =
        launch(SmokeProcess.MONOCLE, "--smoke-test", report().toString(), "--smoke-wait-link", "1");

    assertThat(smoke.awaitExit(RUN)).as(smoke.output()).isEqualTo(1);
    JsonNode report = SmokeProcess.read(report());
    assertThat(outcomes(report))
        .containsEntry("linkConfirmation", false)
        .containsEntry("tls", true);
    assertThat(report.get("checks").findValuesAsText("detail"))
        .contains("no link was handed over within 1 s");
    assertThat(report.get("link").isNull()).isTrue();
    assertThat(report.get("confirmationShown").asBoolean()).isFalse();
  }

  @Test
  void withoutADisplayTheReportSaysTheToolkitDidNotStartAndStillChecksTheRuntime()
      throws Exception {
    SmokeProcess smoke = launch(List.of(), "--smoke-test", report().toString());

    assertThat(smoke.awaitExit(RUN)).as(smoke.output()).isEqualTo(1);
    JsonNode report = SmokeProcess.read(report());
    assertThat(outcomes(report))
        .containsEntry("toolkit", false)
        .containsEntry("modules", true)
        .containsEntry("localeFormats", true);
  }

  @Test
  void badSmokeOptionsAreRefusedBeforeAnythingStarts() throws Exception {
    SmokeProcess smoke =
        launch(SmokeProcess.MONOCLE, "--smoke-test", report().toString(), "--smoke-wait-link", "0");

    assertThat(smoke.awaitExit(START)).isEqualTo(2);
    assertThat(smoke.output()).contains("--smoke-wait-link takes whole seconds from 1 to 600");
    assertThat(report()).doesNotExist();
  }
}
