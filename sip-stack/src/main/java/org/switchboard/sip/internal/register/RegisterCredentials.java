package org.switchboard.sip.internal.register;

import javax.sip.message.Request;
import org.jspecify.annotations.Nullable;
import org.switchboard.sip.internal.auth.AuthDecision;
import org.switchboard.sip.internal.auth.ChallengeAnswerer;
import org.switchboard.sip.internal.auth.DigestChallenge;
import org.switchboard.sip.internal.transport.OutgoingRequests;

/**
 * The last challenge answered for this binding, so that a refresh or un-REGISTER carries
 * credentials at once (same nonce, next nonce count) instead of waiting for a new 401. Given only
 * to requests that go to the account's registrar, and only for its realm. Used on {@code
 * sip-events}.
 */
final class RegisterCredentials {
  private final OutgoingRequests requests;
  private final ChallengeAnswerer answerer;
  private @Nullable DigestChallenge last;

  RegisterCredentials(OutgoingRequests requests, ChallengeAnswerer answerer) {
    this.requests = requests;
    this.answerer = answerer;
  }

  /** Remembers {@code challenge}, just answered. */
  void answered(DigestChallenge challenge) {
    last = challenge;
  }

  /** Forgets the challenge: the credentials were refused. */
  void forget() {
    last = null;
  }

  /** Credentials for {@code request} from the remembered challenge, or null. */
  AuthDecision.@Nullable Answer forRequest(Request request) {
    DigestChallenge challenge = last;
    if (challenge == null || !requests.goesToAccountServer(request)) {
      return null;
    }
    AuthDecision decision =
        answerer.reuse(challenge, Request.REGISTER, request.getRequestURI().toString());
    return decision instanceof AuthDecision.Answer answer ? answer : null;
  }
}
