package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.routing.WaitingCall;
import org.switchboard.queue.service.timing.Timers;

/**
 * One interaction's mutable state, owned by the centre's thread. {@code main} is the leg with the
 * customer; {@code consult} the target leg of a consult transfer while it lasts.
 */
final class LiveInteraction {
  final NewCall call;
  InteractionStatus status = InteractionStatus.WAITING;
  Map<String, Integer> requires = new HashMap<>();
  final List<LiveLeg> legs = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();
  LiveLeg main;
  @Nullable LiveLeg consult;
  @Nullable String offer;
  @Nullable String callbackNumber;
  @Nullable EndReason endReason;
  @Nullable Instant ended;
  Timers.@Nullable Timer maxWaitTimer;

  /** Fires when the routed leg's wait reaches the next penalty level of its queue. */
  Timers.@Nullable Timer wideningTimer;

  /** The maximum wait passed while an offer was open: overflow when the call is back in queue. */
  boolean overdue;

  private @Nullable Interaction cached;

  LiveInteraction(NewCall call, LiveLeg first) {
    this.call = call;
    this.main = first;
    legs.add(first);
  }

  String id() {
    return call.id();
  }

  /** The leg now in routing's hands (waiting or offered): the consult leg while there is one. */
  LiveLeg routedLeg() {
    return consult != null ? consult : main;
  }

  /** What routing queues for the leg now routed. */
  WaitingCall waitingCall() {
    LiveLeg leg = routedLeg();
    return new WaitingCall(id(), leg.queue, leg.enqueued, call.priority(), requires);
  }

  /** The call is over and no agent is still wrapping up any leg of it. */
  boolean finished() {
    return ended != null && legs.stream().noneMatch(LiveLeg::inWrapUp);
  }

  /** Drops the cached snapshot after a change. */
  void changed() {
    cached = null;
  }

  Interaction snapshot() {
    Interaction s = cached;
    if (s == null) {
      s =
          new Interaction(
              id(),
              call.ani(),
              call.dnis(),
              call.entryPoint(),
              call.language(),
              call.attached(),
              call.priority(),
              requires,
              status,
              main.queue,
              main.agent,
              legs.stream().map(LiveLeg::snapshot).toList(),
              notes,
              callbackNumber,
              endReason,
              ended);
      cached = s;
    }
    return s;
  }
}
