package org.switchboard.queue.service.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnnouncementTest {
  private static final ExpectedWait THREE_MINUTES = new ExpectedWait(Duration.ofMinutes(3));

  @Test
  void englishSaysPositionThenWaitWithTheNumberBeforeMinutes() {
    assertThat(Announcement.in("en").positionAndWait(7, THREE_MINUTES))
        .containsExactly("caller-number", "num-7", "expected-wait", "about", "num-3", "minutes");
  }

  @Test
  void persianEndsEachSentenceWithItsVerb() {
    assertThat(Announcement.in("fa").positionAndWait(7, THREE_MINUTES))
        .containsExactly(
            "caller-number",
            "num-7",
            "caller-number-end",
            "expected-wait",
            "about",
            "num-3",
            "minutes");
  }

  @Test
  void numbersAboveTwentyAreSaidAsTensAndUnitsInEachLanguage() {
    assertThat(Announcement.in("en").position(42))
        .containsExactly("caller-number", "num-40", "num-2");
    assertThat(Announcement.in("fa").position(42))
        .containsExactly("caller-number", "num-40-and", "num-2", "caller-number-end");
    assertThat(Announcement.in("en").number(90)).containsExactly("num-90");
    assertThat(Announcement.in("fa").number(99)).containsExactly("num-90-and", "num-9");
    assertThat(Announcement.in("fa").number(17)).containsExactly("num-17");
  }

  @Test
  void englishSaysOneMinuteInTheSingularPersianNeedNot() {
    ExpectedWait oneMinute = new ExpectedWait(Duration.ofSeconds(70));

    assertThat(Announcement.in("en").expectedWait(oneMinute))
        .containsExactly("expected-wait", "about", "num-1", "minute");
    assertThat(Announcement.in("fa").expectedWait(oneMinute))
        .containsExactly("expected-wait", "about", "num-1", "minutes");
  }

  @Test
  void shortWaitsAreLessThanAMinuteAndLongOnesMoreThanTheCap() {
    ExpectedWait short_ = new ExpectedWait(Duration.ofSeconds(20));
    ExpectedWait long_ = new ExpectedWait(Duration.ofMinutes(95));

    assertThat(Announcement.in("fa").expectedWait(short_))
        .containsExactly("expected-wait", "less-than-a-minute");
    assertThat(Announcement.in("en").expectedWait(long_))
        .containsExactly("expected-wait", "more-than", "num-60", "minutes");
    assertThat(Announcement.in("fa").expectedWait(long_))
        .containsExactly("expected-wait", "more-than", "num-60", "minutes");
  }

  @Test
  void whatCannotBeSaidIsLeftOut() {
    assertThat(Announcement.in("en").positionAndWait(4, ExpectedWait.unknown()))
        .containsExactly("caller-number", "num-4");
    assertThat(Announcement.in("en").positionAndWait(120, THREE_MINUTES))
        .containsExactly("expected-wait", "about", "num-3", "minutes");
    assertThatThrownBy(() -> Announcement.in("en").position(0))
        .hasMessageContaining("position starts at 1");
  }

  @Test
  void callbackOfferSaysTheQueuesKeyInEachLanguagesOrder() {
    assertThat(Announcement.in("en").callbackOffer('9')).containsExactly("callback-offer", "num-9");
    assertThat(Announcement.in("fa").callbackOffer('*'))
        .containsExactly("callback-offer", "digit-star", "callback-offer-end");
    assertThatThrownBy(() -> Announcement.in("en").callbackOffer('A')).hasMessageContaining("'A'");
  }

  @Test
  void otherLanguagesUseTheEnglishOrderAndPersianVariantsThePersian() {
    assertThat(Announcement.in("de").position(3)).containsExactly("caller-number", "num-3");
    assertThat(Announcement.in("fa-af").position(3))
        .containsExactly("caller-number", "num-3", "caller-number-end");
  }
}
