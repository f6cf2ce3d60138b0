package org.switchboard.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.HoldSide;

/** The commands and events added with issue 3: attended transfer, mute, registration states. */
class HeadlessCallCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeTelephony fake = new FakeTelephony();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private CommandLoop loop;

  @BeforeEach
  void wire() {
    CallTracker tracker = new CallTracker();
    EventWriter events = new EventWriter(new PrintStream(out, true, StandardCharsets.UTF_8));
    fake.addCallListener(tracker::onCallEvent);
    loop = new CommandLoop(fake, tracker, events);
  }

  @Test
  void attendedTransferNamesBothCalls() {
    loop.handle("{\"cmd\":\"attended_transfer\",\"call\":\"a\",\"consult\":\"b\"}");
    assertThat(fake.commands).containsExactly("attended transfer b with a");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void attendedTransferWithoutTheConsultCallIsAnErrorNamingTheField() throws Exception {
    loop.handle("{\"cmd\":\"attended_transfer\",\"call\":\"a\",\"id\":\"t1\"}");
    JsonNode error = events().get(0);
    assertThat(error.get("event").asText()).isEqualTo("error");
    assertThat(error.get("message").asText()).isEqualTo("missing field 'consult'");
    assertThat(error.get("id").asText()).isEqualTo("t1");
    assertThat(fake.commands).isEmpty();
  }

  @Test
  void aRefusedAttendedTransferIsReported() throws Exception {
    fake.failing.add("attended transfer b with");
    loop.handle("{\"cmd\":\"attended_transfer\",\"call\":\"a\",\"consult\":\"b\",\"id\":\"t2\"}");
    assertThat(events().get(0).get("message").asText())
        .startsWith("attended_transfer failed: no such call");
  }

  @Test
  void muteAndUnmuteUseTheOnlyCallOrTheNamedOne() {
    fake.incoming("in1");
    loop.handle("{\"cmd\":\"mute\"}");
    loop.handle("{\"cmd\":\"unmute\",\"call\":\"other\"}");
    assertThat(fake.commands).containsExactly("mute in1", "unmute other");
  }

  @Test
  void callEventsOfIssueThreeBecomeLines() {
    CallId call = new CallId("c1");
    assertThat(line(new CallEvent.Muted(call, true)))
        .isEqualTo("{\"event\":\"muted\",\"call\":\"c1\"}");
    assertThat(line(new CallEvent.Muted(call, false)))
        .isEqualTo("{\"event\":\"unmuted\",\"call\":\"c1\"}");
    assertThat(line(new CallEvent.Held(call, HoldSide.REMOTE)))
        .isEqualTo("{\"event\":\"held\",\"call\":\"c1\",\"by\":\"remote\"}");
    assertThat(line(new CallEvent.TransferProgress(call, 100)))
        .isEqualTo(
            "{\"event\":\"transfer\",\"call\":\"c1\",\"status\":100,\"outcome\":\"trying\"}");
    assertThat(line(new CallEvent.TransferProgress(call, 200)))
        .contains("\"outcome\":\"succeeded\"");
    assertThat(line(new CallEvent.TransferProgress(call, 486))).contains("\"outcome\":\"failed\"");
    assertThat(line(new CallEvent.Conferenced(call, new CallId("c2"))))
        .isEqualTo("{\"event\":\"conferenced\",\"call\":\"c1\",\"with\":\"c2\"}");
  }

  @Test
  void aQualityMeasureBecomesALineWithRoundedFiguresAndItsGrade() {
    CallQuality quality = qualitySample();
    assertThat(line(new CallEvent.QualityChanged(new CallId("c1"), quality)))
        .isEqualTo(
            "{\"event\":\"quality\",\"call\":\"c1\",\"mos\":4.2,\"loss_percent\":0.5,"
                + "\"jitter_ms\":12.3,\"rtt_ms\":40.0,\"grade\":\"good\"}");
    CallQuality poor = new CallQuality(2.04, 10.0, Duration.ofMillis(30), Duration.ZERO);
    assertThat(line(new CallEvent.QualityChanged(new CallId("c2"), poor)))
        .contains("\"mos\":2.0", "\"rtt_ms\":0.0", "\"grade\":\"poor\"");
  }

  @Test
  void everyRegistrationStateBecomesALine() {
    assertThat(line(new RegistrationEvent.Registering())).isEqualTo("{\"event\":\"registering\"}");
    assertThat(line(new RegistrationEvent.Registered(300)))
        .isEqualTo("{\"event\":\"registered\",\"expires\":300}");
    assertThat(line(new RegistrationEvent.Unregistered()))
        .isEqualTo("{\"event\":\"unregistered\"}");
    assertThat(
            line(
                new RegistrationEvent.Failed(
                    RegistrationFailure.UNREACHABLE, 0, "no answer from the registrar")))
        .contains("\"event\":\"registration_failed\"", "\"reason\":\"unreachable\"");
  }

  @Test
  void retriesAndTransferOutcomesBecomeLines() {
    assertThat(
            line(
                new RegistrationEvent.Retrying(
                    Duration.ofSeconds(30), RegistrationFailure.UNREACHABLE, 503, "busy")))
        .isEqualTo(
            "{\"event\":\"registration_retrying\",\"reason\":\"unreachable\",\"status\":503,"
                + "\"message\":\"busy\",\"retry_in_ms\":30000}");
    CallId call = new CallId("c1");
    assertThat(line(new CallEvent.TransferFailed(call, 486, "target busy")))
        .isEqualTo(
            "{\"event\":\"transfer_failed\",\"call\":\"c1\",\"status\":486,\"detail\":\"target busy\"}");
    assertThat(line(new CallEvent.TransferRequested(call, new CallId("c2"))))
        .isEqualTo("{\"event\":\"transfer_requested\",\"call\":\"c1\",\"new_call\":\"c2\"}");
    assertThat(line(new CallEvent.Replaced(call, new CallId("c2"))))
        .isEqualTo("{\"event\":\"replaced\",\"call\":\"c1\",\"by\":\"c2\"}");
  }

  private static String line(RegistrationEvent event) {
    return String.valueOf(EventJson.of(event));
  }

  private static String line(CallEvent event) {
    return String.valueOf(EventJson.of(event));
  }

  private List<JsonNode> events() throws Exception {
    return out.toString(StandardCharsets.UTF_8)
        .lines()
        .map(
            l -> {
              try {
                return JSON.readTree(l);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            })
        .toList();
  }

  private static CallQuality qualitySample() {
    return new CallQuality(4.23, 0.5, Duration.ofNanos(12_340_000), Duration.ofMillis(40));
  }
}
