package org.switchboard.queue.protocol;

/** Headers with a meaning in the protocol. */
public final class Headers {
  /**
   * On every mutating request: a client-chosen unique key. The same key with the same request
   * replays the first answer; with a different request it is refused with 409.
   */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** {@code Bearer <token>} from {@link Paths#SESSIONS}, on every request but sign-in. */
  public static final String AUTHORIZATION = "Authorization";

  /**
   * In the SIP INVITE the service sends an agent for an offer: the interaction's id, so the desktop
   * matches the ringing call to the offer it already shows.
   */
  public static final String SIP_INTERACTION = "X-Switchboard-Interaction";

  /** In the same INVITE: the offer's id. */
  public static final String SIP_OFFER = "X-Switchboard-Offer";

  private Headers() {}
}
