package org.switchboard.core.agent;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;

/**
 * What the agent entered for a finished call.
 *
 * @param call the call wrapped up
 * @param disposition the chosen code, if any
 * @param notes free text, possibly empty
 * @param tags the chosen tags
 */
public record WrapUp(CallId call, @Nullable String disposition, String notes, List<String> tags) {
  public WrapUp {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(notes, "notes");
    tags = List.copyOf(tags);
  }
}
