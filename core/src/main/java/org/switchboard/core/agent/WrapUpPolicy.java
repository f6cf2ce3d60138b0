package org.switchboard.core.agent;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How wrap-up works for a call.
 *
 * @param mode optional, mandatory or timed
 * @param dispositions the codes to choose from
 * @param tags the tags the agent may add
 * @param dispositionRequired a disposition must be chosen before going ready
 * @param notesRequired notes must be written before going ready
 * @param timeLimit the countdown of the timed modes
 * @param extension how much one "extend" adds
 * @param maxExtensions how many times the agent may extend; 0 when extending is not allowed
 */
public record WrapUpPolicy(
    WrapUpMode mode,
    List<Disposition> dispositions,
    List<String> tags,
    boolean dispositionRequired,
    boolean notesRequired,
    Duration timeLimit,
    Duration extension,
    int maxExtensions) {
  public WrapUpPolicy {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(extension, "extension");
    dispositions = List.copyOf(dispositions);
    tags = List.copyOf(tags);
    if (timeLimit.isNegative() || extension.isNegative() || maxExtensions < 0) {
      throw new IllegalArgumentException("wrap-up times and extensions must not be negative");
    }
    if (dispositionRequired && dispositions.isEmpty()) {
      throw new IllegalArgumentException(
          "a required disposition needs dispositions to choose from");
    }
  }

  /** Whether the mode runs a countdown. */
  public boolean timed() {
    return mode == WrapUpMode.TIMED || mode == WrapUpMode.TIMED_NO_EARLY_EXIT;
  }

  /** What a softphone without a queue service uses: optional wrap-up with common codes. */
  public static WrapUpPolicy standalone() {
    return new WrapUpPolicy(
        WrapUpMode.OPTIONAL,
        List.of(
            new Disposition("RESOLVED", "Resolved"),
            new Disposition("FOLLOW_UP", "Follow-up needed"),
            new Disposition("CALLBACK", "Call back"),
            new Disposition("WRONG_NUMBER", "Wrong number")),
        List.of("complaint", "sales", "support", "billing"),
        false,
        false,
        Duration.ofSeconds(60),
        Duration.ofSeconds(30),
        0);
  }
}
