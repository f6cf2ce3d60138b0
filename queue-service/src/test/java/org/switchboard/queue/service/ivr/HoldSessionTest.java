package org.switchboard.queue.service.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.ServiceLevel;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.definitions.WrapUpPolicy;
import org.switchboard.queue.service.prompts.ExpectedWait;
import org.switchboard.queue.service.prompts.PromptLibrary;
import org.switchboard.queue.service.routing.Strategy;
import org.switchboard.queue.service.timing.ManualTimers;
import org.switchboard.testkit.ManualClock;

class HoldSessionTest {
  private static final PromptLibrary PROMPTS = PromptLibrary.builtIn();
  private static final Duration EVERY = Duration.ofSeconds(45);

  private final ManualTimers timers =
      new ManualTimers(new ManualClock(Instant.parse("2026-11-23T09:00:00Z")));
  private final FakeIvrCall call = new FakeIvrCall();
  private int position = 3;
  private ExpectedWait wait = new ExpectedWait(Duration.ofMinutes(4));
  private int callbacks;

  @Test
  void aJoiningCallerHearsBusyPositionWaitAndOfferThenMusic() {
    started(queue(EVERY, "9"), "en");

    assertThat(call.lastPlay())
        .containsExactly(
            "en/agents-busy",
            "en/caller-number",
            "en/num-3",
            "en/expected-wait",
            "en/about",
            "en/num-4",
            "en/minutes",
            "en/callback-offer",
            "en/num-9");
    call.finishPlaying();
    assertThat(call.lastPlay()).containsExactly("loop music/default");
  }

  @Test
  void theMusicPausesForTheLatestPositionAndWaitEveryInterval() {
    started(queue(EVERY, null), "fa");
    call.finishPlaying();
    position = 1;
    wait = new ExpectedWait(Duration.ofSeconds(40));

    timers.advance(EVERY.minusSeconds(1));
    assertThat(call.lastPlay()).containsExactly("loop music/default");
    timers.advance(Duration.ofSeconds(1));

    assertThat(call.lastPlay())
        .containsExactly(
            "fa/caller-number",
            "fa/num-1",
            "fa/caller-number-end",
            "fa/expected-wait",
            "fa/less-than-a-minute");
    call.finishPlaying();
    assertThat(call.lastPlay()).containsExactly("loop music/default");
    assertThat(timers.pending()).isEqualTo(1);
  }

  @Test
  void aQueueThatNeverAnnouncesOnlyPlaysMusicAfterTheIntro() {
    started(queue(Duration.ZERO, null), "en");
    call.finishPlaying();

    timers.advance(Duration.ofHours(1));

    assertThat(call.plays).hasSize(2);
    assertThat(timers.pending()).isZero();
  }

  @Test
  void theCallbackDigitRecordsTheRequestSaysGoodbyeAndHangsUp() {
    HoldSession hold = started(queue(EVERY, "9"), "en");
    call.finishPlaying();

    hold.onDigit('5');
    assertThat(callbacks).isZero();
    hold.onDigit('9');

    assertThat(callbacks).isEqualTo(1);
    assertThat(call.lastPlay()).containsExactly("en/callback-recorded");
    assertThat(timers.pending()).isZero();
    hold.onDigit('9');
    assertThat(callbacks).isEqualTo(1);
    call.finishPlaying();
    assertThat(call.hungUp).isTrue();
  }

  @Test
  void withoutACallbackDigitNoKeyLeavesTheQueue() {
    HoldSession hold = started(queue(EVERY, null), "en");

    hold.onDigit('9');

    assertThat(callbacks).isZero();
    assertThat(call.lastPlay()).doesNotContain("en/callback-offer");
  }

  @Test
  void stoppingTheHoldStopsMusicAndAnnouncements() {
    HoldSession hold = started(queue(EVERY, "9"), "en");
    call.finishPlaying();

    hold.stop();
    timers.advance(EVERY.multipliedBy(3));
    hold.onDigit('9');

    assertThat(call.stops).isEqualTo(1);
    assertThat(call.plays).hasSize(2);
    assertThat(callbacks).isZero();
  }

  @Test
  void aCallerWhoHangsUpDuringTheIntroHearsNoMusic() {
    HoldSession hold = started(queue(EVERY, "9"), "en");

    hold.onHangup();
    call.finishPlaying();

    assertThat(call.plays).hasSize(1);
    assertThat(timers.pending()).isZero();
    assertThatThrownBy(hold::start).hasMessageContaining("already started");
  }

  @Test
  void anUnknownMusicClassFallsBackToTheDefaultMusic() {
    started(queue(EVERY, null, "jazz"), "en");

    call.finishPlaying();

    assertThat(call.lastPlay()).containsExactly("loop music/default");
  }

  private HoldSession started(QueueDefinition queue, String language) {
    HoldSession.Standing standing =
        new HoldSession.Standing() {
          @Override
          public int position() {
            return position;
          }

          @Override
          public ExpectedWait expectedWait() {
            return wait;
          }
        };
    HoldSession hold =
        new HoldSession(queue, language, "en", PROMPTS, call, timers, standing, () -> callbacks++);
    hold.start();
    return hold;
  }

  private static QueueDefinition queue(Duration announceEvery, @Nullable String callbackDigit) {
    return queue(announceEvery, callbackDigit, "default");
  }

  private static QueueDefinition queue(
      Duration announceEvery, @Nullable String callbackDigit, String music) {
    return new QueueDefinition(
        "support",
        "Support",
        Strategy.LONGEST_IDLE,
        Duration.ZERO,
        Map.of(),
        Duration.ofSeconds(15),
        Duration.ZERO,
        null,
        announceEvery,
        music,
        callbackDigit,
        new ServiceLevel(Duration.ofSeconds(20), Duration.ofSeconds(5)),
        new WrapUpPolicy(WrapUpMode.OPTIONAL, Duration.ZERO, true));
  }
}
