package org.switchboard.queue.service.calls;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.timing.Timers;

/**
 * Keeps each agent's phone to one call from the service at a time. The centre frees an agent as
 * soon as an offer ends (say the customer hung up while the agent's phone rang), but the call to
 * the phone ends a few milliseconds later, when its CANCEL or BYE is through; a new offer in
 * between would ring the phone while it still holds the old call. Such a dial waits here until the
 * phone's call has ended. A call the service withdraws while it rings ends at once on our side, but
 * the phone may have answered as the CANCEL crossed (the stack then ACKs and hangs up that answer):
 * such a phone is taken for {@link #GUARD} more.
 *
 * <p>Threads: {@code queue-calls} only.
 */
final class AgentPhones {
  /** How long a phone whose ringing call was withdrawn stays taken: a crossing answer's time. */
  static final Duration GUARD = Duration.ofSeconds(2);

  private final Timers timers;
  private final Set<CallId> withdrawn = new HashSet<>();
  private final Map<String, Integer> calls = new HashMap<>();
  private final Map<CallId, String> agentOf = new HashMap<>();
  private final Map<String, Deque<Runnable>> waiting = new HashMap<>();

  AgentPhones(Timers timers) {
    this.timers = timers;
  }

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

  /** The service is hanging up {@code call} while it rings (its offer was withdrawn). */
  void withdrawn(CallId call) {
    if (agentOf.containsKey(call)) {
      withdrawn.add(call);
    }
  }

  /**
   * {@code call} ended; if it was an agent's, the next dial waiting for that phone runs (after
   * {@link #GUARD} when the service withdrew the call).
   */
  void ended(CallId call) {
    String agent = agentOf.remove(call);
    if (agent == null) {
      return;
    }
    if (withdrawn.remove(call)) {
      timers.schedule(GUARD, () -> released(agent));
    } else {
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
