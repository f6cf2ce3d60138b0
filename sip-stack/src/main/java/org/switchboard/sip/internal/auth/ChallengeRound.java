package org.switchboard.sip.internal.auth;

/**
 * How many challenges have been answered for one request and its retries (one REGISTER, one
 * INVITE). Start a new round for each new request the user asked for. Used on {@code sip-events}.
 */
public final class ChallengeRound {
  private int answered;
  private int staleAnswered;

  int answered() {
    return answered;
  }

  int staleAnswered() {
    return staleAnswered;
  }

  void recordAnswer(boolean stale) {
    answered++;
    if (stale) {
      staleAnswered++;
    }
  }
}
