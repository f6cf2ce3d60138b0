package org.switchboard.app.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.links.DialLink;

class SmokeRunTest {
  @TempDir Path dir;
  private final BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();

  private SmokeRun run(@org.jspecify.annotations.Nullable Duration wait) {
    return new SmokeRun(new SmokeOptions(dir.resolve("report.json"), wait), exits::add);
  }

  private JsonNode report() throws Exception {
    return new ObjectMapper().readTree(Files.readString(dir.resolve("report.json")));
  }

  @Test
  void allChecksPassedWritesTheReportAndExitsZeroOnce() throws Exception {
    SmokeRun run = run(null);
    boolean[] closed = {false};
    run.closeAtEnd(() -> closed[0] = true);
    run.add(Check.passed("modules", "all present"));
    run.linkAnswered(DialLink.parse("callto:2001@127.0.0.1"), true);

    assertThat(run.finish()).isTrue();
    assertThat(run.finish()).isFalse();

    assertThat(exits).containsExactly(0);
    assertThat(closed[0]).isTrue();
    assertThat(report().get("ok").asBoolean()).isTrue();
    assertThat(report().get("link").asText()).isEqualTo("sip:2001@127.0.0.1");
    assertThat(report().get("javaHome").asText()).isEqualTo(System.getProperty("java.home"));
  }

  @Test
  void aFailedCheckExitsOne() throws Exception {
    SmokeRun run = run(null);
    run.add(Check.passed("modules", "all present"));
    run.add(Check.failed("tls", "no ECDHE"));

    run.finish();

    assertThat(exits).containsExactly(1);
    assertThat(report().get("ok").asBoolean()).isFalse();
  }

  @Test
  void theWatchdogEndsAHungRunWithATimeout() throws Exception {
    SmokeRun run = run(null);
    run.add(Check.passed("modules", "all present"));

    run.startWatchdog(Duration.ofMillis(100));

    assertThat(exits.poll(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(report().get("checks").get(1).get("name").asText()).isEqualTo("timeout");
    assertThat(run.finish()).isFalse();
  }

  @Test
  void theBoundAllowsForTheWaitForALink() {
    assertThat(SmokeRun.bound(new SmokeOptions(dir, Duration.ofSeconds(30))))
        .isEqualTo(SmokeRun.CHECKS_BOUND.plusSeconds(30));
    assertThat(SmokeRun.bound(new SmokeOptions(dir, null))).isEqualTo(SmokeRun.CHECKS_BOUND);
  }

  @Test
  void anUnwritableReportExitsOne() throws Exception {
    Files.writeString(dir.resolve("file"), "not a directory");
    SmokeRun run =
        new SmokeRun(new SmokeOptions(dir.resolve("file/report.json"), null), exits::add);
    run.add(Check.passed("modules", "all present"));

    run.finish();

    assertThat(exits).containsExactly(1);
  }
}
