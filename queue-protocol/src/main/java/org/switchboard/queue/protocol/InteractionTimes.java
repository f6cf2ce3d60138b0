package org.switchboard.queue.protocol;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An interaction's raw timestamps, from which every figure is computed (DESIGN §5). Null: not (yet)
 * happened.
 *
 * @param enqueued entered its (first) queue
 * @param offered last offered to an agent
 * @param answered answered by an agent
 * @param holds hold periods, in order
 * @param ended the call ended
 * @param wrapUpEnded the agent's wrap-up ended
 * @param abandoned the caller hung up before an agent answered
 */
public record InteractionTimes(
    @Nullable Instant enqueued,
    @Nullable Instant offered,
    @Nullable Instant answered,
    List<HoldPeriod> holds,
    @Nullable Instant ended,
    @Nullable Instant wrapUpEnded,
    @Nullable Instant abandoned) {
  public InteractionTimes {
    holds = List.copyOf(holds);
  }

  /**
   * One hold.
   *
   * @param started when the agent held the customer
   * @param ended when the agent resumed, or null while still held
   */
  public record HoldPeriod(Instant started, @Nullable Instant ended) {}
}
