package org.switchboard.app.agent;

import java.util.Objects;

/**
 * One queue's figures as a line of the status bar.
 *
 * @param id a node id ({@code queue0}, {@code queue1}, ...)
 * @param text the queue's name (sanitised), calls waiting and longest wait, localised; numbers
 *     isolated left-to-right in right-to-left languages
 * @param tone {@link Tone#WARNING} when calls are waiting, else {@link Tone#NEUTRAL}
 */
public record QueueLine(String id, String text, Tone tone) {
  public QueueLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tone, "tone");
  }
}
