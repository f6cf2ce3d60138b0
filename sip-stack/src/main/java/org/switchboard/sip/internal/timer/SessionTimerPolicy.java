package org.switchboard.sip.internal.timer;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of RFC 4028 for one account, free of SIP objects so they can be tested alone: what
 * interval to ask for, how to answer a request's Session-Expires (sections 9 and 10), who refreshes
 * after a 2xx (section 7.2), and when to refresh or give up. Pure.
 */
public final class SessionTimerPolicy {
  /** The smallest interval this side accepts, announced in Min-SE (the RFC's floor). */
  public static final int MIN_SE = 90;

  private final int configured;

  /**
   * @param configured the interval the account asks for in seconds; 0 turns session timers off
   *     unless a peer requires them
   */
  public SessionTimerPolicy(int configured) {
    if (configured != 0 && configured < MIN_SE) {
      throw new IllegalArgumentException(
          "sessionExpiresSeconds must be 0 (off) or at least " + MIN_SE + ", was " + configured);
    }
    this.configured = configured;
  }

  /** Whether this account asks for session timers on its own INVITEs. */
  public boolean enabled() {
    return configured > 0;
  }

  /** The interval for our INVITE. */
  public int requested() {
    return configured;
  }

  /** The interval to ask for again after a 422 whose Min-SE was {@code minSeAsked}. */
  public int afterTooSmall(int minSeAsked) {
    return Math.max(configured, minSeAsked);
  }

  /** The outcome of a session-timer negotiation: the interval and whether this side refreshes. */
  public record Negotiated(int seconds, boolean weRefresh) {}

  /** How we answer a request's session-timer headers. */
  public sealed interface UasAnswer {}

  /** 422 Session Interval Too Small, with our Min-SE. */
  public record TooSmall(int minSe) implements UasAnswer {}

  /** No session timer in this dialog. */
  public record NoTimer() implements UasAnswer {}

  /**
   * Session-Expires in our 2xx; {@code requireTimer} when the peer supports the extension.
   *
   * @param refresher {@code uac} (the requester refreshes) or {@code uas} (we do)
   */
  public record WithTimer(int seconds, String refresher, boolean requireTimer)
      implements UasAnswer {
    public Negotiated negotiated() {
      return new Negotiated(seconds, SessionInterval.UAS.equals(refresher));
    }
  }

  /**
   * Answers a request (INVITE, re-INVITE or UPDATE) with {@code asked} (its Session-Expires, or
   * null) from a peer that {@code peerSupports} the timer extension and announced {@code peerMinSe}
   * (0 when absent).
   */
  public UasAnswer answer(@Nullable SessionInterval asked, boolean peerSupports, int peerMinSe) {
    if (asked != null) {
      if (asked.seconds() < MIN_SE) {
        return new TooSmall(MIN_SE);
      }
      int seconds = asked.seconds();
      if (configured > 0 && configured < seconds) {
        // We may lower the interval, never below what either side's Min-SE allows.
        seconds = Math.max(configured, Math.max(peerMinSe, MIN_SE));
      }
      String refresher = asked.refresher();
      if (refresher == null || !peerSupports) {
        refresher = peerSupports ? SessionInterval.UAC : SessionInterval.UAS;
      }
      return new WithTimer(seconds, refresher, peerSupports);
    }
    if (configured > 0) {
      int seconds = Math.max(configured, peerMinSe);
      return new WithTimer(seconds, SessionInterval.UAS, peerSupports);
    }
    return new NoTimer();
  }

  /**
   * Who refreshes after a 2xx to our request that carried {@code answered} (its Session-Expires, or
   * null); empty when the session has no timer.
   */
  public Optional<Negotiated> afterSuccess(@Nullable SessionInterval answered) {
    if (answered == null) {
      return Optional.empty();
    }
    boolean uasRefreshes = SessionInterval.UAS.equals(answered.refresher());
    return Optional.of(new Negotiated(answered.seconds(), !uasRefreshes));
  }

  /** When the refresher refreshes: half the interval (section 10). */
  public static Duration refreshDelay(int seconds) {
    return Duration.ofMillis(seconds * 500L);
  }

  /**
   * When the other side sends BYE if no refresh came: the interval minus the smaller of 32 s and a
   * third of it (section 10).
   */
  public static Duration expiryDelay(int seconds) {
    return Duration.ofMillis(seconds * 1000L - Math.min(32_000L, seconds * 1000L / 3));
  }
}
