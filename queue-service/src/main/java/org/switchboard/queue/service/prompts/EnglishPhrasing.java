package org.switchboard.queue.service.prompts;

import java.util.ArrayList;
import java.util.List;

/**
 * English word order, also used for languages without a phrasing of their own (most put the number
 * after "caller number" and before "minutes" too). Numbers: 0 to 20 as recorded, then tens and
 * units ("twenty", "one").
 */
final class EnglishPhrasing implements Phrasing {
  @Override
  public List<String> callerNumber(int position) {
    return join(List.of("caller-number"), number(position));
  }

  @Override
  public List<String> waitAbout(int minutes) {
    List<String> words = join(List.of("expected-wait", "about"), number(minutes));
    words.add(minutes == 1 ? "minute" : "minutes");
    return words;
  }

  @Override
  public List<String> waitUnderAMinute() {
    return List.of("expected-wait", "less-than-a-minute");
  }

  @Override
  public List<String> waitOver(int minutes) {
    List<String> words = join(List.of("expected-wait", "more-than"), number(minutes));
    words.add("minutes");
    return words;
  }

  @Override
  public List<String> callbackOffer(char key) {
    return List.of("callback-offer", PromptNames.key(key));
  }

  @Override
  public List<String> number(int n) {
    checkRange(n);
    if (n <= 20 || n % 10 == 0) {
      return List.of(PromptNames.number(n));
    }
    return List.of(PromptNames.number(n / 10 * 10), PromptNames.number(n % 10));
  }

  static void checkRange(int n) {
    if (n < 0 || n > 99) {
      throw new IllegalArgumentException("numbers are said from 0 to 99, not " + n);
    }
  }

  static List<String> join(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
