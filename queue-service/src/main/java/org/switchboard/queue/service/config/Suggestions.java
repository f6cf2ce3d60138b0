package org.switchboard.queue.service.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the name an administrator most likely meant when they wrote one that does not exist. */
final class Suggestions {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /**
   * The name in {@code known} closest to {@code written}, if it is close enough to be a typo: at
   * most a third of its length away (and at least two edits allowed), or equal ignoring case.
   */
  static Optional<String> closest(String written, Collection<String> known) {
    int allowed = Math.max(2, written.length() / 3);
    return known.stream()
        .filter(k -> k.equalsIgnoreCase(written) || DISTANCE.apply(written, k) <= allowed)
        .min(Comparator.comparingInt((String k) -> DISTANCE.apply(written, k)));
  }

  /** " (did you mean 'x'?)" when there is a close name, else "". */
  static String didYouMean(String written, Collection<String> known) {
    return closest(written, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }
}
