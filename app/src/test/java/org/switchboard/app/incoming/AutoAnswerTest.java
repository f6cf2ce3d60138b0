package org.switchboard.app.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.AutoAnswerSettings;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.RemoteParty;

class AutoAnswerTest {
  private final FakeCallControl control = new FakeCallControl();
  private final CallsModel calls = new CallsModel(control, Runnable::run, Clock.systemUTC());
  private final List<Duration> delays = new ArrayList<>();
  private final List<Runnable> due = new ArrayList<>();

  private AutoAnswer autoAnswer(AutoAnswerMode mode, int delay) {
    calls.start();
    return new AutoAnswer(
        calls,
        new AutoAnswerSettings(mode, delay),
        (d, action) -> {
          delays.add(d);
          due.add(action);
        });
  }

  private void ring(String id, Map<String, String> headers) {
    control.emit(
        new CallEvent.Incoming(
            new CallId(id), new RemoteParty("sip:2001@lab", null, null), headers));
  }

  @Test
  void offByDefaultNothingIsAnswered() {
    autoAnswer(AutoAnswerMode.OFF, 0);
    ring("c1", Map.of("Call-Info", "<sip:pbx>;answer-after=0"));
    assertThat(due).isEmpty();
  }

  @Test
  void alwaysAnswersEveryCallAfterTheConfiguredDelay() {
    autoAnswer(AutoAnswerMode.ALWAYS, 3);
    ring("c1", Map.of());
    assertThat(delays).containsExactly(Duration.ofSeconds(3));
    due.get(0).run();
    assertThat(control.commands).containsExactly("answer c1");
  }

  @Test
  void onRequestLeavesTheServersRequestsToTheSipStack() {
    autoAnswer(AutoAnswerMode.ON_REQUEST, 9);
    ring("c1", Map.of());
    ring("c2", Map.of("Call-Info", "<sip:pbx.example.com>;Answer-After=2"));

    assertThat(due).as("the stack answers c2 itself: the account allows auto-answer").isEmpty();
  }

  @Test
  void aCallThatStoppedRingingIsLeftAlone() {
    autoAnswer(AutoAnswerMode.ALWAYS, 5);
    ring("c1", Map.of());
    control.emit(new CallEvent.Ended(new CallId("c1"), EndReason.CALLER_CANCELLED, 487, "gone"));
    due.get(0).run();
    assertThat(control.commands).isEmpty();
  }
}
