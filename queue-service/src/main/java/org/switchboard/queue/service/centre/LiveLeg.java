package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One leg's mutable timestamps, owned by the centre's thread; see {@link Leg}. */
final class LiveLeg {
  final String queue;
  final boolean consult;
  final Instant enqueued;
  boolean direct;
  @Nullable String agent;
  @Nullable Instant offered;
  @Nullable Instant answered;
  final List<Hold> holds = new ArrayList<>();
  @Nullable Instant ended;
  @Nullable Instant wrapUpEnded;
  @Nullable Instant abandoned;
  @Nullable LegOutcome outcome;
  @Nullable WrapUp wrapUp;

  /** The outside number of a consult with one; null otherwise. */
  @Nullable String number;

  LiveLeg(String queue, boolean direct, boolean consult, Instant enqueued) {
    this.queue = queue;
    this.direct = direct;
    this.consult = consult;
    this.enqueued = enqueued;
  }

  boolean onHold() {
    return !holds.isEmpty() && holds.get(holds.size() - 1).resumed() == null;
  }

  void hold(Instant now) {
    if (!onHold()) {
      holds.add(new Hold(now, null));
    }
  }

  void resume(Instant now) {
    if (onHold()) {
      holds.set(holds.size() - 1, new Hold(holds.get(holds.size() - 1).held(), now));
    }
  }

  /** Ends the leg: any hold is over. */
  void end(Instant now, LegOutcome how) {
    resume(now);
    ended = now;
    outcome = how;
  }

  /** Whether its agent is still wrapping it up (a cancelled consult has no wrap-up). */
  boolean inWrapUp() {
    return agent != null
        && ended != null
        && answered != null
        && wrapUpEnded == null
        && outcome != LegOutcome.CANCELLED;
  }

  Leg snapshot() {
    return new Leg(
        queue,
        agent,
        direct,
        consult,
        enqueued,
        offered,
        answered,
        holds,
        ended,
        wrapUpEnded,
        abandoned,
        outcome,
        wrapUp,
        number);
  }
}
