package org.switchboard.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandLoopTest {
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
  void eachCommandCallsThePort() {
    loop.handle("{\"cmd\":\"dial\",\"target\":\"2002\"}");
    loop.handle("{\"cmd\":\"hold\"}");
    loop.handle("{\"cmd\":\"resume\"}");
    loop.handle("{\"cmd\":\"dtmf\",\"digits\":\"12#\"}");
    loop.handle("{\"cmd\":\"transfer\",\"target\":\"2003\"}");
    loop.handle("{\"cmd\":\"hangup\"}");
    fake.incoming("in1");
    loop.handle("{\"cmd\":\"answer\"}");

    assertThat(fake.commands)
        .containsExactly(
            "dial 2002",
            "hold c1",
            "resume c1",
            "dtmf 12# on c1",
            "transfer 2003 to c1",
            "hangup c1",
            "answer in1");
    assertThat(events()).isEmpty();
  }

  @Test
  void consultsNeedAQueueServiceAndSaySoWithoutOne() {
    fake.incoming("in1");

    loop.handle("{\"cmd\":\"consult\",\"target\":\"agent:bob\",\"id\":\"7\"}");
    loop.handle("{\"cmd\":\"complete_consult\"}");

    assertThat(events())
        .extracting(e -> e.path("message").asText())
        .containsExactly(
            "consult needs a queue service (a \"queue\" section); without one, dial the target"
                + " and use attended_transfer",
            "complete_consult needs a queue service (a \"queue\" section); without one, dial the"
                + " target and use attended_transfer");
    assertThat(events().get(0).path("id").asText()).isEqualTo("7");
    assertThat(fake.commands).isEmpty();
  }

  @Test
  void quitEndsTheLoopAndLaterLinesAreNotRead() {
    assertThat(loop.handle("{\"cmd\":\"quit\"}")).isFalse();
    assertThat(loop.handle("{\"cmd\":\"hold\",\"call\":\"x\"}")).isTrue();
  }

  @Test
  void badLinesGiveErrorsAndTheLoopCarriesOn() {
    assertThat(loop.handle("{not json")).isTrue();
    assertThat(loop.handle("[1,2]")).isTrue();
    assertThat(loop.handle("{\"id\":\"a\"}")).isTrue();
    assertThat(loop.handle("{\"cmd\":\"fly\",\"id\":\"b\"}")).isTrue();
    assertThat(loop.handle("{\"cmd\":\"dial\",\"id\":7}")).isTrue();
    assertThat(loop.handle("{\"cmd\":\"dtmf\",\"call\":\"c9\",\"digits\":5}")).isTrue();
    assertThat(loop.handle("")).isTrue();
    loop.handle("{\"cmd\":\"dial\",\"target\":\"2002\"}");

    List<JsonNode> errors = events();
    assertThat(errors).allSatisfy(e -> assertThat(e.path("event").asText()).isEqualTo("error"));
    assertThat(errors)
        .extracting(e -> e.path("message").asText())
        .satisfiesExactly(
            m -> assertThat(m).startsWith("malformed JSON"),
            m -> assertThat(m).contains("JSON object"),
            m -> assertThat(m).isEqualTo("missing field 'cmd'"),
            m -> assertThat(m).isEqualTo("unknown command 'fly'"),
            m -> assertThat(m).isEqualTo("missing field 'target'"),
            m -> assertThat(m).isEqualTo("field 'digits' must be a non-empty string"));
    assertThat(errors)
        .extracting(e -> e.path("id").asText(null))
        .containsExactly(null, null, "a", "b", "7", null);
    assertThat(fake.commands).containsExactly("dial 2002");
  }

  @Test
  void aFailedCommandGivesAnErrorWithItsIdAndTheLoopCarriesOn() {
    fake.failing.add("answer");
    loop.handle("{\"cmd\":\"answer\",\"call\":\"gone\",\"id\":\"q1\"}");
    loop.handle("{\"cmd\":\"hold\",\"call\":\"c5\"}");

    assertThat(events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path("event").asText()).isEqualTo("error");
              assertThat(e.path("message").asText()).isEqualTo("answer failed: no such call gone");
              assertThat(e.path("id").asText()).isEqualTo("q1");
            });
    assertThat(fake.commands).containsExactly("answer gone", "hold c5");
  }

  @Test
  void aFailedDialIsReported() {
    fake.failing.add("dial");
    loop.handle("{\"cmd\":\"dial\",\"target\":\"x y\",\"id\":\"d\"}");
    assertThat(events())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.path("message").asText())
                    .isEqualTo("dial failed: invalid target x y"));
  }

  @Test
  void withoutACallTheOnlyCallIsUsed() {
    fake.incoming("in1");
    loop.handle("{\"cmd\":\"answer\"}");
    assertThat(fake.commands).containsExactly("answer in1");
  }

  @Test
  void withoutACallAndNoneInProgressItIsAnError() {
    loop.handle("{\"cmd\":\"hangup\",\"id\":\"h\"}");
    assertThat(events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path("message").asText()).isEqualTo("no call in progress");
              assertThat(e.path("id").asText()).isEqualTo("h");
            });
    assertThat(fake.commands).isEmpty();
  }

  @Test
  void withoutACallAndTwoInProgressItIsAnErrorButNamingOneWorks() {
    fake.incoming("in1");
    loop.handle("{\"cmd\":\"dial\",\"target\":\"2002\"}");
    loop.handle("{\"cmd\":\"hold\"}");
    loop.handle("{\"cmd\":\"answer\",\"call\":\"in1\"}");

    assertThat(events())
        .singleElement()
        .satisfies(e -> assertThat(e.path("message").asText()).startsWith("2 calls in progress"));
    assertThat(fake.commands).containsExactly("dial 2002", "answer in1");
  }

  @Test
  void anEndedCallNoLongerCounts() {
    fake.incoming("in1");
    fake.incoming("in2");
    fake.hangup(new org.switchboard.core.call.CallId("in1")).join();
    loop.handle("{\"cmd\":\"answer\"}");
    assertThat(fake.commands).containsExactly("hangup in1", "answer in2");
  }

  private List<JsonNode> events() {
    List<JsonNode> events = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        try {
          events.add(JSON.readTree(line));
        } catch (java.io.IOException e) {
          throw new AssertionError("not JSON: " + line, e);
        }
      }
    }
    return events;
  }
}
