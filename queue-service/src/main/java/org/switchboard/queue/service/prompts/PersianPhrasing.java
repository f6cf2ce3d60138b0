package org.switchboard.queue.service.prompts;

import static org.switchboard.queue.service.prompts.EnglishPhrasing.join;

import java.util.List;

/**
 * Persian word order: the verb comes last ("shoma tamas-girande-ye shomare-ye N hastid", "zaman-e
 * entezar-e shoma hodud-e M daqiqe ast"), so "caller number" and "callback offer" have closing
 * recordings, and "minutes" is recorded with its "ast" (is). A noun after a number stays singular,
 * so there is no "minute"/"minutes" choice. Numbers: 0 to 20 as recorded, then the tens with their
 * joining "o" and the unit ("bist-o", "yek").
 */
final class PersianPhrasing implements Phrasing {
  @Override
  public List<String> callerNumber(int position) {
    return join(join(List.of("caller-number"), number(position)), List.of("caller-number-end"));
  }

  @Override
  public List<String> waitAbout(int minutes) {
    return join(join(List.of("expected-wait", "about"), number(minutes)), List.of("minutes"));
  }

  @Override
  public List<String> waitUnderAMinute() {
    return List.of("expected-wait", "less-than-a-minute");
  }

  @Override
  public List<String> waitOver(int minutes) {
    return join(join(List.of("expected-wait", "more-than"), number(minutes)), List.of("minutes"));
  }

  @Override
  public List<String> callbackOffer(char key) {
    return List.of("callback-offer", PromptNames.key(key), "callback-offer-end");
  }

  @Override
  public List<String> number(int n) {
    EnglishPhrasing.checkRange(n);
    if (n <= 20 || n % 10 == 0) {
      return List.of(PromptNames.number(n));
    }
    return List.of(PromptNames.number(n / 10 * 10) + "-and", PromptNames.number(n % 10));
  }
}
