package org.switchboard.sip.internal.auth;

/** Whether and how to answer a challenge. */
public sealed interface AuthDecision {

  /**
   * Retry the request with this header added.
   *
   * @param challenge the challenge answered; a later request to the same server may reuse its nonce
   */
  record Answer(String headerName, String headerValue, DigestChallenge challenge)
      implements AuthDecision {
    @Override
    public String toString() {
      return "Answer[" + headerName + ": <redacted>]";
    }
  }

  /** Do not answer; the request has failed. */
  record Refuse(Refusal reason) implements AuthDecision {}

  /** Why a challenge is not answered. */
  enum Refusal {
    /** The challenge came after we had already answered one for this request: wrong password. */
    ALREADY_ANSWERED("the credentials were rejected"),
    /** The request did not go to the account's registrar/proxy. */
    NOT_OUR_SERVER("a server other than the account's registrar asked for credentials"),
    /** No challenge names the account's realm. */
    FOREIGN_REALM("credentials were asked for a realm other than the account's domain"),
    /** The challenge uses an algorithm, scheme or qop we do not implement. */
    UNSUPPORTED("the server asks for an unsupported authentication scheme");

    private final String detail;

    Refusal(String detail) {
      this.detail = detail;
    }

    /** A short cause, free of secrets and of the server's text. */
    public String detail() {
      return detail;
    }
  }
}
