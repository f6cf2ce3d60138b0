package org.switchboard.queue.service.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.queue.service.ivr.SampleIvr.DIGIT_TIMEOUT;
import static org.switchboard.queue.service.ivr.SampleIvr.MENU_TIMEOUT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.IvrChoice;
import org.switchboard.queue.service.prompts.PromptLibrary;
import org.switchboard.queue.service.timing.ManualTimers;
import org.switchboard.testkit.ManualClock;

class IvrSessionTest {
  private static final PromptLibrary PROMPTS = PromptLibrary.builtIn();
  private static final Duration A_MOMENT = Duration.ofMillis(100);

  private final ManualTimers timers =
      new ManualTimers(new ManualClock(Instant.parse("2026-11-23T09:00:00Z")));
  private final FakeIvrCall call = new FakeIvrCall();
  private final List<IvrOutcome> outcomes = new ArrayList<>();

  @Test
  void callerChoosesLanguageThenMenuThenEntersAccountNumber() {
    IvrSession ivr = started(SampleIvr.entryPoint());
    assertThat(call.lastPlay()).containsExactly("en/welcome");
    call.finishPlaying();
    assertThat(call.lastPlay()).containsExactly("en/language-menu");
    call.finishPlaying();

    press(ivr, "2");
    assertThat(call.lastPlay()).containsExactly("fa/main-menu");
    call.finishPlaying();
    press(ivr, "2");
    assertThat(call.lastPlay()).containsExactly("fa/enter-account");
    call.finishPlaying();
    press(ivr, "12345#");

    assertThat(outcomes)
        .containsExactly(
            new IvrOutcome(
                "support",
                "fa",
                Map.of("account", "12345", "product", "support"),
                Map.of("language", "2", "menu", "2")));
    assertThat(ivr.ended()).isTrue();
    assertThat(timers.pending()).isZero();
  }

  @Test
  void aMenuChoiceAttachesItsDataAndJoinsItsQueue() {
    IvrSession ivr = atMainMenu("1");

    press(ivr, "1");

    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).queue()).isEqualTo("sales");
    assertThat(outcomes.get(0).language()).isEqualTo("en");
    assertThat(outcomes.get(0).attached()).containsExactly(Map.entry("product", "sales"));
  }

  @Test
  void theRepeatKeyReplaysTheStepWithoutCountingAsAFailure() {
    IvrSession ivr = atMainMenu("1");

    press(ivr, "*");
    assertThat(call.lastPlay()).containsExactly("en/main-menu");
    call.finishPlaying();
    press(ivr, "*");
    call.finishPlaying();
    press(ivr, "7"); // the first failure of two: the menu is played again
    assertThat(call.lastPlay()).containsExactly("en/invalid", "en/main-menu");
    call.finishPlaying();
    press(ivr, "1");

    assertThat(outcomes).extracting(IvrOutcome::queue).containsExactly("sales");
  }

  @Test
  void invalidKeysPlayInvalidAndTheStepUntilMaxTriesThenTheFallback() {
    IvrSession ivr = atMainMenu("2");

    press(ivr, "7");
    assertThat(call.lastPlay()).containsExactly("fa/invalid", "fa/main-menu");
    call.finishPlaying();
    press(ivr, "#");

    assertThat(outcomes).extracting(IvrOutcome::queue).containsExactly("general");
    assertThat(outcomes.get(0).language()).isEqualTo("fa");
  }

  @Test
  void silencePlaysNoInputAndTheStepUntilMaxTriesThenTheFallback() {
    started(SampleIvr.entryPoint());
    call.finishPlaying();
    call.finishPlaying(); // the language menu has been said: its timeout runs

    timers.advance(MENU_TIMEOUT.minus(A_MOMENT));
    assertThat(call.plays).hasSize(2);
    timers.advance(A_MOMENT);
    assertThat(call.lastPlay()).containsExactly("en/no-input", "en/language-menu");
    call.finishPlaying();
    timers.advance(MENU_TIMEOUT);
    assertThat(call.lastPlay()).containsExactly("en/no-input", "en/language-menu");
    call.finishPlaying();
    timers.advance(MENU_TIMEOUT); // the third failure of three: the fallback, the main menu

    assertThat(call.lastPlay()).containsExactly("en/main-menu");
    call.finishPlaying();
    timers.advance(MENU_TIMEOUT);
    call.finishPlaying();
    timers.advance(MENU_TIMEOUT);
    assertThat(outcomes).extracting(IvrOutcome::queue).containsExactly("general");
  }

  @Test
  void noTimeoutRunsWhileAPromptIsStillPlaying() {
    started(SampleIvr.entryPoint());
    call.finishPlaying();

    timers.advance(MENU_TIMEOUT.multipliedBy(3));

    assertThat(call.plays).hasSize(2);
    assertThat(call.isPlaying()).isTrue();
    assertThat(timers.pending()).isZero();
  }

  @Test
  void aKeyPressedDuringAPromptStopsItAndCountsAtOnce() {
    IvrSession ivr = started(SampleIvr.entryPoint());
    call.finishPlaying();
    assertThat(call.isPlaying()).isTrue(); // the language menu

    press(ivr, "2");
    assertThat(call.stops).isEqualTo(1);
    assertThat(call.lastPlay()).containsExactly("fa/main-menu");
    call.deliverStaleCompletion(); // the stopped language menu's completion, late
    assertThat(timers.pending()).isZero();
    assertThat(call.plays).hasSize(3);

    press(ivr, "1");
    assertThat(outcomes).extracting(IvrOutcome::queue).containsExactly("sales");
  }

  @Test
  void keysPressedDuringTheGreetingCountForTheFirstStep() {
    IvrSession ivr = started(SampleIvr.entryPoint());

    press(ivr, "2");

    assertThat(call.stops).isEqualTo(1);
    assertThat(ivr.language()).isEqualTo("fa");
    assertThat(call.lastPlay()).containsExactly("fa/main-menu");
  }

  @Test
  void collectionEndsAtMaxDigitsWithoutHash() {
    IvrSession ivr = atAccountEntry();

    press(ivr, "87654321");

    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).attached()).containsEntry("account", "87654321");
  }

  @Test
  void collectionEndsWhenTheCallerStopsPressingAndKeepsWhatWasEntered() {
    IvrSession ivr = atAccountEntry();

    press(ivr, "4321");
    timers.advance(DIGIT_TIMEOUT.minus(A_MOMENT));
    press(ivr, "0"); // the timeout runs between keys, not from the prompt's end
    timers.advance(DIGIT_TIMEOUT.minus(A_MOMENT));
    assertThat(outcomes).isEmpty();
    timers.advance(A_MOMENT);

    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).attached()).containsEntry("account", "43210");
  }

  @Test
  void tooFewDigitsAreInvalidAndAfterMaxTriesTheFallbackAppliesWithoutThem() {
    IvrSession ivr = atAccountEntry();

    press(ivr, "12#");
    assertThat(call.lastPlay()).containsExactly("en/invalid", "en/enter-account");
    call.finishPlaying();
    press(ivr, "9");
    timers.advance(DIGIT_TIMEOUT);

    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).queue()).isEqualTo("support");
    assertThat(outcomes.get(0).attached()).doesNotContainKey("account");
  }

  @Test
  void theRepeatKeyStartsTheEntryOver() {
    IvrSession ivr = atAccountEntry();

    press(ivr, "55*");
    assertThat(call.lastPlay()).containsExactly("en/enter-account");
    press(ivr, "1234#"); // over the prompt: barge-in

    assertThat(outcomes.get(0).attached()).containsEntry("account", "1234");
  }

  @Test
  void aCollectingStepGoesOnToItsNextStep() {
    EntryPoint entry =
        SampleIvr.entry(
            SampleIvr.collect(
                "account", "enter-account", "account", 2, 4, "menu", 1, IvrChoice.toQueue("x")),
            SampleIvr.menu(
                "menu",
                "main-menu",
                Map.of("1", IvrChoice.toQueue("sales")),
                1,
                IvrChoice.toQueue("x")));
    IvrSession ivr = started(entry);
    call.finishPlaying();

    press(ivr, "42#");
    assertThat(call.lastPlay()).containsExactly("en/main-menu");
    press(ivr, "1");

    assertThat(outcomes.get(0).attached()).containsExactly(Map.entry("account", "42"));
  }

  @Test
  void hangingUpMidIvrEndsItQuietly() {
    IvrSession ivr = atMainMenu("1");
    assertThat(timers.pending()).isEqualTo(1);

    ivr.onHangup();
    press(ivr, "1");
    timers.advance(MENU_TIMEOUT.multipliedBy(10));

    assertThat(ivr.ended()).isTrue();
    assertThat(outcomes).isEmpty();
    assertThat(timers.pending()).isZero();
    assertThat(call.plays).hasSize(3);
    assertThat(call.hungUp).isFalse();
  }

  @Test
  void hangingUpWhileAPromptPlaysIgnoresItsLateCompletion() {
    IvrSession ivr = started(SampleIvr.entryPoint());
    call.finishPlaying();

    ivr.onHangup();
    call.finishPlaying();

    assertThat(timers.pending()).isZero();
    assertThat(call.plays).hasSize(2);
  }

  @Test
  void aPromptWithoutARecordingIsLeftOutAndTheStepStillWaitsForKeys() {
    EntryPoint entry =
        SampleIvr.entry(
            SampleIvr.menu(
                "menu",
                "opening-hours",
                Map.of("1", IvrChoice.toQueue("sales")),
                1,
                IvrChoice.toQueue("general")));
    IvrSession ivr = started(entry);
    call.finishPlaying(); // the greeting; the menu has nothing to play

    assertThat(call.plays).hasSize(1);
    assertThat(timers.pending()).isEqualTo(1);
    press(ivr, "1");
    assertThat(outcomes).extracting(IvrOutcome::queue).containsExactly("sales");
  }

  @Test
  void anIvrThatGoesRoundInCirclesSaysGoodbyeAndHangsUp() {
    EntryPoint loop =
        SampleIvr.entry(
            SampleIvr.menu(
                "menu",
                "main-menu",
                Map.of("1", IvrChoice.toQueue("sales")),
                1,
                new IvrChoice(null, Map.of(), "menu", null)));
    IvrSession ivr = started(loop);
    call.finishPlaying();

    for (int i = 0; i < IvrSession.MAX_STEPS && !ivr.ended(); i++) {
      call.finishPlaying();
      timers.advance(MENU_TIMEOUT);
    }
    assertThat(ivr.ended()).isTrue();
    assertThat(call.lastPlay()).containsExactly("en/goodbye");
    assertThat(call.hungUp).isFalse();
    call.finishPlaying();

    assertThat(call.hungUp).isTrue();
    assertThat(outcomes).isEmpty();
  }

  @Test
  void anIvrStartsOnce() {
    IvrSession ivr = started(SampleIvr.entryPoint());

    assertThatThrownBy(ivr::start).hasMessageContaining("already started");
  }

  private IvrSession started(EntryPoint entry) {
    IvrSession ivr = new IvrSession(entry, PROMPTS, call, timers, outcomes::add);
    ivr.start();
    return ivr;
  }

  /** The sample IVR past the greeting and the language menu, waiting at the main menu. */
  private IvrSession atMainMenu(String languageKey) {
    IvrSession ivr = started(SampleIvr.entryPoint());
    call.finishPlaying();
    call.finishPlaying();
    press(ivr, languageKey);
    call.finishPlaying();
    return ivr;
  }

  /** The sample IVR at the account entry, its prompt said. */
  private IvrSession atAccountEntry() {
    IvrSession ivr = atMainMenu("1");
    press(ivr, "2");
    call.finishPlaying();
    return ivr;
  }

  private static void press(IvrSession ivr, String keys) {
    for (char key : keys.toCharArray()) {
      ivr.onDigit(key);
    }
  }
}
