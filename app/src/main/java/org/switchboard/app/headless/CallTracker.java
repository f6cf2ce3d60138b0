package org.switchboard.app.headless;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;

/**
 * The calls in progress, learnt from call events and dial results, so that commands may leave out
 * {@code "call"} when there is exactly one. Thread-safe: updated on the {@code sip-events} thread,
 * read on the {@code agent-stdin} thread.
 */
final class CallTracker {
  private final Set<CallId> calls = new LinkedHashSet<>();

  /** Follows {@code event}: new calls are added, ended ones removed. */
  synchronized void onCallEvent(CallEvent event) {
    if (event instanceof CallEvent.Ended) {
      calls.remove(event.callId());
    } else if (event instanceof CallEvent.Incoming || event instanceof CallEvent.Dialing) {
      calls.add(event.callId());
    }
  }

  /** Records a call this side dialled (its events may not have arrived yet). */
  synchronized void dialled(CallId call) {
    calls.add(call);
  }

  /** The calls in progress, oldest first. */
  synchronized List<CallId> current() {
    return List.copyOf(calls);
  }

  /**
   * The only call in progress.
   *
   * @throws CommandException when there is none or more than one
   */
  synchronized CallId onlyCall() throws CommandException {
    if (calls.isEmpty()) {
      throw new CommandException("no call in progress");
    }
    if (calls.size() > 1) {
      throw new CommandException(
          calls.size() + " calls in progress; say which with \"call\": " + calls);
    }
    return calls.iterator().next();
  }
}
