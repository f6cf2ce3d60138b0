package org.switchboard.queue.protocol;

/**
 * The event catalogue: every {@link Event#type()} and its payload. {@code docs/queue-protocol.md}
 * describes when each is sent.
 */
public final class EventTypes {
  /** After the client's hello: {@link Welcome}. Not sequenced. */
  public static final String WELCOME = "org.switchboard.welcome";

  /** Every few seconds from the service: {@link Heartbeat}. Not sequenced. */
  public static final String HEARTBEAT = "org.switchboard.heartbeat";

  /** A full state: {@link SnapshotView}; sent when resuming is impossible, or on request. */
  public static final String SNAPSHOT = "org.switchboard.snapshot";

  /** An agent's presence or routing state changed: {@link AgentView}. */
  public static final String AGENT_CHANGED = "org.switchboard.agent.changed";

  /** An agent was reserved for an interaction: {@link OfferView}. */
  public static final String OFFER_MADE = "org.switchboard.offer.made";

  /** An offer ended: {@link OfferEndedView}. */
  public static final String OFFER_ENDED = "org.switchboard.offer.ended";

  /** An interaction changed (queued, answered, held, transferred, ended, wrapped up). */
  public static final String INTERACTION_CHANGED = "org.switchboard.interaction.changed";

  /** A queue's figures changed (at most once a second per queue): {@link QueueFiguresView}. */
  public static final String QUEUE_FIGURES = "org.switchboard.queue.figures";

  /** The configuration was reloaded: {@link CatalogueView}. */
  public static final String CATALOGUE_CHANGED = "org.switchboard.catalogue.changed";

  private EventTypes() {}
}
