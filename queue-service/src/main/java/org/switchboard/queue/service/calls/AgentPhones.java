package org.switchboard.queue.service.calls;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;

/**
 * Keeps each agent's phone to one call from the service at a time. The centre frees an agent as
 * soon as an offer ends (say the customer hung up while the agent's phone rang), but the call to
 * the phone ends a few milliseconds later, when its CANCEL or BYE is through; a new offer in
 * between would ring the phone while it still holds the old call. Such a dial waits here until the
 * phone's call has ended.
 *
 * <p>Threads: {@code queue-calls} only.
 */
final class AgentPhones {
  private final Map<String, Integer> calls = new HashMap<>();
  private final Map<CallId, String> agentOf = new HashMap<>();
  private final Map<String, Deque<Runnable>> waiting = new HashMap<>();

  /** Runs {@code dial} now when the agent's phone has no call from the service, else later. */
  void whenFree(String agent, Runnable dial) {
    if (calls.getOrDefault(agent, 0) == 0) {
      calls.put(agent, 1);
      dial.run();
    } else {
      waiting.computeIfAbsent(agent, a -> new ArrayDeque<>()).add(dial);
    }
  }

  /**
   * A dial {@link #whenFree} started has given {@code call}; null when it failed, which frees the
   * phone.
   */
  void dialled(String agent, @Nullable CallId call) {
    if (call == null) {
      released(agent);
    } else {
      agentOf.put(call, agent);
    }
  }

  /** {@code call} ended; if it was an agent's, the next dial waiting for that phone runs. */
  void ended(CallId call) {
    String agent = agentOf.remove(call);
    if (agent != null) {
      released(agent);
    }
  }

  /** Whether a dial for {@code agent} waits for the phone (tests and logs). */
  boolean hasWaiting(String agent) {
    Deque<Runnable> queued = waiting.get(agent);
    return queued != null && !queued.isEmpty();
  }

  private void released(String agent) {
    Deque<Runnable> queued = waiting.get(agent);
    Runnable next = queued == null ? null : queued.poll();
    if (queued != null && queued.isEmpty()) {
      waiting.remove(agent);
    }
    if (next == null) {
      calls.remove(agent);
    } else {
      next.run(); // the phone stays taken, now by this dial
    }
  }
}
