package org.switchboard.app.wrapup;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the agent has entered for one call so far.
 *
 * @param call the call's id value
 * @param disposition the chosen code, if any
 * @param notes the notes as typed
 * @param tags the chosen tags
 * @param summary the finished call's facts, once it has ended (so a draft found after a crash can
 *     still be logged)
 */
public record Draft(
    String call,
    @Nullable String disposition,
    String notes,
    List<String> tags,
    @Nullable CallSummary summary) {
  public Draft {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(notes, "notes");
    tags = List.copyOf(tags);
  }

  /** An empty draft for {@code call}. */
  public static Draft empty(String call) {
    return new Draft(call, null, "", List.of(), null);
  }

  /** This draft with the call's facts. */
  public Draft withSummary(CallSummary facts) {
    return new Draft(call, disposition, notes, tags, facts);
  }
}
