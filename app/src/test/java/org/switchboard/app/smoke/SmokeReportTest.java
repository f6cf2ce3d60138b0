package org.switchboard.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeReportTest {
  @TempDir Path dir;

  private static SmokeReport report(List<Check> checks) {
    return new SmokeReport(
        "/opt/switchboard/lib/runtime",
        "17.0.15+6",
        "21.0.5+1",
        checks,
        "sip:2001@127.0.0.1",
        true);
  }

  @Test
  void theJsonHasTheDocumentedFieldsInOrder() throws Exception {
    Path file = dir.resolve("reports/smoke.json");

    report(List.of(Check.passed("modules", "all present"))).write(file);

    JsonNode json = new ObjectMapper().readTree(Files.readString(file));
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "ok",
            "javaHome",
            "javaVersion",
            "javafxVersion",
            "checks",
            "link",
            "confirmationShown");
    assertThat(json.get("ok").asBoolean()).isTrue();
    assertThat(json.get("javaHome").asText()).isEqualTo("/opt/switchboard/lib/runtime");
    assertThat(json.get("checks").get(0).get("name").asText()).isEqualTo("modules");
    assertThat(json.get("checks").get(0).get("ok").asBoolean()).isTrue();
    assertThat(json.get("checks").get(0).get("detail").asText()).isEqualTo("all present");
    assertThat(json.get("link").asText()).isEqualTo("sip:2001@127.0.0.1");
    assertThat(json.get("confirmationShown").asBoolean()).isTrue();
  }

  @Test
  void oneFailedCheckOrNoChecksAtAllIsNotOk() {
    assertThat(report(List.of(Check.passed("a", ""), Check.failed("b", "why"))).ok()).isFalse();
    assertThat(report(List.of()).ok()).isFalse();
  }

  @Test
  void withoutALinkOrToolkitTheFieldsAreNull() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(
                new SmokeReport(
                        "/jdk", "17", null, List.of(Check.failed("toolkit", "x")), null, false)
                    .toJson());

    assertThat(json.get("javafxVersion").isNull()).isTrue();
    assertThat(json.get("link").isNull()).isTrue();
    assertThat(json.get("ok").asBoolean()).isFalse();
  }
}
