package org.switchboard.core.agent;

import java.util.Objects;

/** What the agent has chosen: ready for calls, not ready with a reason, or offline. */
public sealed interface Presence {
  /** Ready to take calls. */
  record Ready() implements Presence {}

  /** Not taking calls, for {@code reason}. */
  record NotReady(NotReadyReason reason) implements Presence {
    public NotReady {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Logged out of the contact centre; the softphone may still take direct calls. */
  record Offline() implements Presence {}

  static Presence ready() {
    return new Ready();
  }

  static Presence offline() {
    return new Offline();
  }

  static Presence notReady(NotReadyReason reason) {
    return new NotReady(reason);
  }
}
