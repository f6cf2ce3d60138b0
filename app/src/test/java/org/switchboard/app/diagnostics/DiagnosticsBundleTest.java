package org.switchboard.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsBundleTest {
  @TempDir Path root;
  private BundleFixture fixture;
  private Path out;

  @BeforeEach
  void plant() throws IOException {
    fixture = new BundleFixture(root);
    out = Files.createDirectories(root.resolve("out"));
  }

  private Map<String, String> make() throws IOException {
    return BundleFixture.read(fixture.bundle().write(out.resolve("b.zip")));
  }

  @Test
  void theBundleHoldsTheLogsTheSettingsFilesAndTheSystemReport() throws IOException {
    assertThat(make().keySet())
        .containsExactlyInAnyOrder(
            "settings/account.json",
            "settings/crm-options.json",
            "settings/provisioning.json",
            "logs/switchboard.log",
            "logs/switchboard.1.log",
            "system.txt");
  }

  @Test
  void noSecretAndNoCustomerDataReachesAnyEntry() throws IOException {
    Map<String, String> entries = make();

    entries.forEach(
        (name, text) ->
            assertThat(text)
                .as(name)
                .doesNotContain(BundleFixture.FORBIDDEN.toArray(String[]::new)));
  }

  @Test
  void settingsKeepTheirShapeWithSecretsRemovedAndAddressesKept() throws IOException {
    Map<String, String> entries = make();
    ObjectMapper json = new ObjectMapper();
    JsonNode crm = json.readTree(entries.get("settings/crm-options.json"));
    JsonNode account = json.readTree(entries.get("settings/account.json"));

    assertThat(crm.at("/rest/apiKey").asText()).isEqualTo("[removed]");
    assertThat(crm.at("/rest/headers/Authorization").asText()).isEqualTo("[removed]");
    assertThat(crm.at("/oauth/clientSecret").asText()).isEqualTo("[removed]");
    assertThat(crm.at("/oauth/tokenEndpoint").asText())
        .isEqualTo("https://login.example.com/oauth/token");
    assertThat(crm.at("/oauth/clientId").asText()).isEqualTo("switchboard");
    assertThat(account.at("/account/password").asText()).isEqualTo("[removed]");
    assertThat(account.at("/account/host").asText()).isEqualTo("pbx.example.com");
    assertThat(account.at("/account/port").asInt()).isEqualTo(5060);
    assertThat(account.at("/hotkeys/answer").asText()).isEqualTo("ctrl+shift+A");
    assertThat(account.at("/queue/url").asText())
        .isEqualTo("https://queue.example.com/?access_token=[removed]");
    assertThat(account.at("/transfers/0").asText()).matches("\\[phone-\\d+ ending 67\\]");
    assertThat(json.readTree(entries.get("settings/provisioning.json")).at("/token").asText())
        .isEqualTo("[removed]");
  }

  @Test
  void logsStayReadableWithEachCustomerReplacedByTheSamePseudonymThroughout() throws IOException {
    String log = make().get("logs/switchboard.log");

    assertThat(log)
        .contains("REGISTER sent to pbx.example.com", "Authorization: [removed]")
        .contains("From: \"[name-", "<sip:[user-", "@example.org>;tag=99")
        .contains("password=[removed]");
    Matcher phones = Pattern.compile("\\[phone-\\d+ ending 89\\]").matcher(log);
    assertThat(phones.results().map(m -> m.group()).distinct()).hasSize(1);
    Matcher names = Pattern.compile("found (\\[name-\\d+\\])").matcher(log);
    assertThat(names.find()).isTrue();
    assertThat(make().get("logs/switchboard.log")).contains("found " + names.group(1));
  }

  @Test
  void theDataDirectoryIsListedWithSizesOnly() throws IOException {
    String system = make().get("system.txt");

    assertThat(system)
        .contains("history.jsonl  " + Files.size(fixture.data.resolve("history.jsonl")) + " bytes")
        .contains("drafts/call-1.json  ", "outbox/0a1b2c.json  ", "customers.json  ")
        .contains("call-log.jsonl  ", "logs/switchboard.log  ");
  }

  @Test
  void theSystemReportNamesVersionJavaOsLocaleScreensAndDisk() throws IOException {
    String system = make().get("system.txt");

    assertThat(system)
        .contains("app version: 0.2.0", "java: 17.0.9 (Vendor)", "java.home: /opt/jdk")
        .contains("os: Linux 6.1 amd64", "locale: de-DE", "default charset: UTF-8")
        .contains("screens: 2", "free disk: 5120 MB", "created: 2026-11-23T10:15:30Z")
        .contains("provisioning file: " + fixture.provisioning + " (present)");
  }

  @Test
  void aLongLogContributesOnlyItsNewestEnd() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 3 * DiagnosticsBundle.LOG_BYTES; i++) {
      big.append("2026-11-23 10:00:00.000 INFO  [main] o.s.app - line ").append(i).append('\n');
    }
    BundleFixture.write(fixture.data.resolve("logs").resolve("switchboard.log"), big.toString());

    String log = java.util.Objects.requireNonNull(make().get("logs/switchboard.log"));

    assertThat(log.length()).isLessThan(DiagnosticsBundle.LOG_BYTES + 200);
    assertThat(log).startsWith("[… older lines left out");
    assertThat(log).doesNotContain("line 0\n").endsWith(big.substring(big.lastIndexOf("line ")));
  }

  @Test
  void aSettingsFileThatIsNotJsonIsCleanedAsTextAndNoted() throws IOException {
    BundleFixture.write(
        fixture.settings.resolve("account.json"), "{\"password\": \"Sup3rS3cret\", broken");

    Map<String, String> entries = make();

    assertThat(entries.get("settings/account.json")).doesNotContain("Sup3rS3cret");
    assertThat(entries.get("system.txt")).contains("account.json: not valid JSON");
  }

  @Test
  void theNameCarriesTheClocksTimeAndNoPartialFileIsLeft() throws IOException {
    DiagnosticsBundle bundle = fixture.bundle();

    Path written = bundle.write(out.resolve(bundle.fileName()));

    assertThat(written.getFileName().toString())
        .isEqualTo("switchboard-diagnostics-20261123-101530.zip");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(bundle.fileName());
    }
  }

  @Test
  void aBundleThatCannotBeWrittenLeavesNothingBehind() throws IOException {
    Path notADirectory = Files.writeString(out.resolve("file"), "x");

    assertThatThrownBy(() -> fixture.bundle().write(notADirectory.resolve("b.zip")))
        .isInstanceOf(IOException.class);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("file");
    }
  }

  @Test
  void withNothingOnDiskTheBundleHoldsOnlyTheSystemReport() throws IOException {
    DiagnosticsSources empty =
        new DiagnosticsSources(
            root.resolve("none1"), root.resolve("none2"), root.resolve("none3"), "unknown");
    Path zip = new DiagnosticsBundle(empty, BundleFixture.CLOCK).write(out.resolve("e.zip"));

    Map<String, String> entries = BundleFixture.read(zip);
    assertThat(entries.keySet()).containsExactly("system.txt");
    assertThat(entries.get("system.txt")).contains("(none)", "(absent)");
  }
}
