package org.switchboard.queue.service.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An offer of an interaction to one agent: a reservation that expires.
 *
 * @param id the offer's id
 * @param interaction the interaction offered
 * @param agent the agent it was offered to
 * @param offered when it was made
 * @param expires when it lapses unless answered
 * @param outcome how it ended, null while open
 * @param outcomeAt when it ended, null while open
 */
public record OfferRecord(
    String id,
    String interaction,
    String agent,
    Instant offered,
    Instant expires,
    @Nullable Outcome outcome,
    @Nullable Instant outcomeAt) {
  public OfferRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(offered, "offered");
    Objects.requireNonNull(expires, "expires");
  }

  /** A new, open offer. */
  public static OfferRecord open(
      String id, String interaction, String agent, Instant offered, Instant expires) {
    return new OfferRecord(id, interaction, agent, offered, expires, null, null);
  }

  /** How an offer ended. */
  public enum Outcome {
    /** The agent answered. */
    ACCEPTED,
    /** The agent declined. */
    REJECTED,
    /** It expired unanswered. */
    MISSED,
    /**
     * Withdrawn through no act of the agent: another agent of a ring-all took the call, the caller
     * hung up, or the service stopped.
     */
    CANCELLED
  }
}
