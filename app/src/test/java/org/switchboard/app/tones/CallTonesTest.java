package org.switchboard.app.tones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.incoming.AutoAnswer;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.AutoAnswerSettings;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.CallTone;

class CallTonesTest {
  private final FakeCalls control = new FakeCalls();
  private final CallsModel calls = new CallsModel(control, Runnable::run, Clock.systemUTC());
  private final RecordingTonePlayer tones = new RecordingTonePlayer();
  private final List<Duration> delays = new ArrayList<>();
  private final List<Runnable> due = new ArrayList<>();
  private final CallTones callTones =
      new CallTones(
          calls,
          tones,
          true,
          Runnable::run,
          (delay, action) -> {
            delays.add(delay);
            due.add(action);
          });

  @BeforeEach
  void start() {
    calls.start();
    callTones.start();
  }

  @Test
  void ringbackPlaysWhileTheCalleeRingsWithoutEarlyMediaAndStopsOnAnswer() {
    control.dialling("d1");
    assertThat(tones.log).isEmpty();

    control.ringing("d1", false);
    control.ringing("d1", false);
    assertThat(tones.playing()).containsExactly(CallTone.RINGBACK);

    control.answered("d1");
    assertThat(tones.log).containsExactly("start RINGBACK", "stop RINGBACK");
  }

  @Test
  void earlyMediaSilencesTheRingback() {
    control.dialling("d1");
    control.ringing("d1", false);
    control.ringing("d1", true);

    assertThat(tones.log).containsExactly("start RINGBACK", "stop RINGBACK");

    control.dialling("d2");
    control.ringing("d2", true);
    assertThat(tones.log).as("early media from the start: no ringback").hasSize(2);
  }

  @Test
  void aBusyCalleeGivesTheBusyToneForAFewSeconds() {
    control.dialling("d1");
    control.ringing("d1", false);
    control.ended("d1", EndReason.BUSY, 486);

    assertThat(tones.log).containsExactly("start RINGBACK", "stop RINGBACK", "start BUSY");
    assertThat(delays).containsExactly(CallTones.FAILURE_TONE);
    due.get(0).run();
    assertThat(tones.playing()).isEmpty();
  }

  @Test
  void otherFailuresGiveTheErrorToneUntilTheNextDial() {
    control.dialling("d1");
    control.ended("d1", EndReason.UNAVAILABLE, 404);
    assertThat(tones.playing()).containsExactly(CallTone.ERROR);

    control.dialling("d2");
    assertThat(tones.playing()).isEmpty();
    due.get(0).run();
    assertThat(tones.log)
        .as("the old timer stops nothing twice")
        .containsExactly("start ERROR", "stop ERROR");
  }

  @Test
  void noFailureToneWhenTheAgentCancelsOrAnAnsweredCallEnds() {
    control.dialling("d1");
    control.ended("d1", EndReason.CANCELLED, 487);
    control.dialling("d2");
    control.answered("d2");
    control.ended("d2", EndReason.REMOTE_HANGUP, 0);
    control.incoming("c1", Map.of());
    control.ended("c1", EndReason.CALLER_CANCELLED, 487);

    assertThat(tones.log).isEmpty();
  }

  @Test
  void aCallOfferedDuringACallGivesTheCallWaitingBeepOnce() {
    control.incoming("c1", Map.of());
    assertThat(tones.log).as("no call in progress: the ringer rings, no beep").isEmpty();
    control.answered("c1");

    control.incoming("c2", Map.of());

    assertThat(tones.log).containsExactly("start CALL_WAITING");
  }

  @Test
  void aCallTheServerHadAnsweredGivesTheZipTone() {
    control.incoming("c1", Map.of("Call-Info", "<sip:pbx>;answer-after=0"));
    assertThat(tones.log).isEmpty();

    control.answered("c1");
    control.incoming("c2", Map.of("Alert-Info", "<http://x>;info=alert-autoanswer"));
    control.ended("c2", EndReason.CALLER_CANCELLED, 487);

    assertThat(tones.log)
        .as("c2 asked for auto-answer too, but rang off during c1: only the beep")
        .containsExactly("start ZIP", "start CALL_WAITING");
  }

  @Test
  void aCallTheAgentAnsweredGetsNoZipTone() {
    control.incoming("c1", Map.of("Call-Info", "<sip:pbx>;purpose=info"));
    control.answered("c1");

    assertThat(tones.log).isEmpty();
  }

  @Test
  void noZipToneForAServerRequestWhenAutoAnswerIsOff() {
    CallTones off = new CallTones(calls, tones, false, Runnable::run, (d, a) -> {});
    callTones.close();
    off.start();
    control.incoming("c1", Map.of("Call-Info", "<sip:pbx>;answer-after=0"));
    control.answered("c1");

    assertThat(tones.log).isEmpty();
  }

  @Test
  void theDesktopsOwnAutoAnswerGivesTheZipTone() {
    List<Runnable> answerLater = new ArrayList<>();
    AutoAnswer auto =
        new AutoAnswer(
            calls,
            new AutoAnswerSettings(AutoAnswerMode.ALWAYS, 2),
            (delay, action) -> answerLater.add(action),
            callTones::autoAnswering);
    control.incoming("c1", Map.of());
    answerLater.get(0).run();
    assertThat(control.commands).containsExactly("answer c1");

    control.answered("c1");

    assertThat(tones.log).containsExactly("start ZIP");
    auto.close();
  }

  @Test
  void closingStopsWhatPlaysAndFollowsNoMoreCalls() {
    control.dialling("d1");
    control.ringing("d1", false);

    callTones.close();
    control.dialling("d2");
    control.ringing("d2", false);

    assertThat(tones.log).containsExactly("start RINGBACK", "stop RINGBACK");
  }
}
