package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.testkit.Lab;

/** The quality a call's media session measures reaches the call's listeners on sip-events. */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CallQualityLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  @Test
  void qualityMeasuredByEachSidesMediaIsFiredForItsOwnCallUntilTheCallEnds() throws Exception {
    try (AgentRig caller =
            AgentRig.registered(lab, "3150", 27150, FakeMediaEngine.withTelephoneEvents());
        AgentRig callee =
            AgentRig.registered(lab, "3151", 27152, FakeMediaEngine.withTelephoneEvents())) {
      CallId call = caller.agent.dial("3151").get(5, TimeUnit.SECONDS);
      CallEvent.Incoming incoming = callee.events.awaitCall(CallEvent.Incoming.class, WAIT);
      callee.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      caller.events.awaitCall(CallEvent.Answered.class, WAIT);
      callee.events.awaitCall(CallEvent.Answered.class, WAIT);
      FakeMediaEngine.FakeSession callerMedia = caller.media.session(call);
      FakeMediaEngine.FakeSession calleeMedia = callee.media.session(incoming.callId());
      CallQuality good = new CallQuality(4.3, 0.0, Duration.ofMillis(2), Duration.ofMillis(1));
      CallQuality poor = new CallQuality(2.6, 10.0, Duration.ofMillis(30), Duration.ofMillis(80));

      callerMedia.measureQuality(good);
      calleeMedia.measureQuality(poor);

      CallEvent.QualityChanged atCaller =
          caller.events.awaitCall(CallEvent.QualityChanged.class, WAIT);
      assertThat(atCaller).isEqualTo(new CallEvent.QualityChanged(call, good));
      CallEvent.QualityChanged atCallee =
          callee.events.awaitCall(CallEvent.QualityChanged.class, WAIT);
      assertThat(atCallee).isEqualTo(new CallEvent.QualityChanged(incoming.callId(), poor));
      caller.events.assertAllOnSipEvents();
      callee.events.assertAllOnSipEvents();

      caller.agent.hangup(call).get(5, TimeUnit.SECONDS);
      caller.events.awaitCall(CallEvent.Ended.class, WAIT);
      callee.events.awaitCall(CallEvent.Ended.class, WAIT);
      assertThat(callerMedia.qualityListeners).isEmpty();
      assertThat(calleeMedia.qualityListeners).isEmpty();
    }
  }
}
