package org.switchboard.queue.service.prompts;

import java.util.ArrayList;
import java.util.List;

/**
 * The prompts, in order, that say a waiting caller's position, expected wait and callback offer in
 * one language, in that language's word order. Play them with {@link PromptLibrary#resolveAll}.
 * English and Persian have their own phrasing; other languages use the English order with their own
 * recordings. Immutable: safe from any thread.
 */
public final class Announcement {
  /** Positions above this are not said (the numbers are recorded up to 99). */
  public static final int MAX_SPOKEN_POSITION = 99;

  private final Phrasing phrasing;

  private Announcement(Phrasing phrasing) {
    this.phrasing = phrasing;
  }

  /** The announcements of {@code language} (e.g. {@code en}, {@code fa}, {@code fa-af}). */
  public static Announcement in(String language) {
    boolean persian = language.equals("fa") || language.startsWith("fa-");
    return new Announcement(persian ? new PersianPhrasing() : new EnglishPhrasing());
  }

  /**
   * "You are caller number N. Your expected wait is about M minutes." Each half is left out when it
   * cannot be said: a position above {@link #MAX_SPOKEN_POSITION}, an unknown wait.
   *
   * @throws IllegalArgumentException when {@code position} is below 1
   */
  public List<String> positionAndWait(int position, ExpectedWait wait) {
    List<String> prompts = new ArrayList<>(position(position));
    prompts.addAll(expectedWait(wait));
    return prompts;
  }

  /**
   * "You are caller number N"; empty above {@link #MAX_SPOKEN_POSITION}.
   *
   * @throws IllegalArgumentException when {@code position} is below 1
   */
  public List<String> position(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("a queue position starts at 1: " + position);
    }
    return position > MAX_SPOKEN_POSITION ? List.of() : phrasing.callerNumber(position);
  }

  /** "Your expected wait is ..." as {@link ExpectedWait} describes; empty when unknown. */
  public List<String> expectedWait(ExpectedWait wait) {
    if (!wait.known()) {
      return List.of();
    }
    if (wait.underAMinute()) {
      return phrasing.waitUnderAMinute();
    }
    if (wait.overCap()) {
      return phrasing.waitOver(ExpectedWait.CAP_MINUTES);
    }
    return phrasing.waitAbout(wait.spokenMinutes());
  }

  /**
   * "To leave the queue and be called back, press K".
   *
   * @throws IllegalArgumentException when {@code key} is not 0-9, * or #
   */
  public List<String> callbackOffer(char key) {
    return phrasing.callbackOffer(key);
  }

  /** The number {@code n} (0 to 99) in words. */
  public List<String> number(int n) {
    return phrasing.number(n);
  }
}
