package org.switchboard.app.testcall;

import java.util.concurrent.CompletableFuture;

/**
 * A customer's phone: an unregistered SIP user agent with its own local port that places one call
 * at a time and sends a tone as the customer's voice. Every method returns at once.
 */
public interface CustomerPhone extends AutoCloseable {
  /**
   * What happens to the call. Called on the phone's own thread (never the JavaFX thread); a
   * listener must return quickly.
   */
  interface Listener {
    /** The centre answered: the customer is in its IVR or queue (or with an agent). */
    void connected();

    /**
     * The call ended or could not be placed.
     *
     * @param reason why, in the phone's words (English, e.g. "busy (486)"); the view model turns
     *     the common cases into the agent's language
     * @param kind the common case, for translation
     */
    void ended(EndKind kind, String reason);
  }

  /** Why a test call ended, in the cases the window names in the agent's language. */
  enum EndKind {
    /** The customer (this window) hung up. */
    HUNG_UP,
    /** The centre hung up. */
    CENTRE_HUNG_UP,
    /** The centre refused the call (busy, not found, declined). */
    REFUSED,
    /** No answer in time. */
    NO_ANSWER,
    /** The phone could not start or the call failed otherwise; the reason says why. */
    FAILED
  }

  /**
   * Calls {@code target} (a {@code sip:} address) as a customer; {@code listener} hears of this
   * call's progress. The future completes once the call is placed (ringing or answered), or
   * exceptionally when it cannot be (then {@link Listener#ended} is called too).
   */
  CompletableFuture<Void> dial(TestCallTarget target, Listener listener);

  /** Sends {@code digit} (0-9, *, #) to the centre as RFC 4733 telephone events. */
  CompletableFuture<Void> sendDigit(char digit);

  /** Hangs up (or cancels) the call; does nothing without one. */
  CompletableFuture<Void> hangUp();

  /** Hangs up and releases the phone's ports. Never throws. */
  @Override
  void close();
}
