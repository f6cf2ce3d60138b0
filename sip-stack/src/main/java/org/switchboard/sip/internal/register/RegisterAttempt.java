package org.switchboard.sip.internal.register;

import java.text.ParseException;
import java.time.Duration;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.RetryAfterHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.sip.internal.auth.AuthDecision;
import org.switchboard.sip.internal.auth.ChallengeRound;
import org.switchboard.sip.internal.auth.Challenges;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/**
 * One REGISTER exchange: the request, at most one answered challenge (more only when stale), at
 * most one retry with a longer lifetime after 423 Interval Too Brief, and a time bound after which
 * the registrar counts as unreachable. Called on {@code sip-events}.
 */
final class RegisterAttempt implements ClientTransactionCallback {
  private final Registration registration;

  /** A registrar asking for more than a day is not believed. */
  private static final int LONGEST_MIN_EXPIRES = 86_400;

  private int expires;
  private final Duration bound;
  private ChallengeRound round = new ChallengeRound();
  private boolean raised;
  private EventLoop.Timer deadline = () -> {};
  private @Nullable ClientTransaction transaction;
  private boolean finished;

  RegisterAttempt(Registration registration, int expires, Duration bound) {
    this.registration = registration;
    this.expires = expires;
    this.bound = bound;
  }

  int expires() {
    return expires;
  }

  void begin() {
    deadline = registration.loop().schedule(this::onTimeout, bound);
    send(null, null);
  }

  private void send(@Nullable Request previous, AuthDecision.@Nullable Answer auth) {
    try {
      transaction = registration.send(this, previous, auth);
    } catch (SipException e) {
      fail(RegistrationFailure.UNREACHABLE, 0, "cannot reach the registrar: " + rootCause(e), null);
    } catch (ParseException | InvalidArgumentException | RuntimeException e) {
      fail(RegistrationFailure.LOCAL_ERROR, 0, "cannot build a REGISTER: " + e.getMessage(), null);
    }
  }

  @Override
  public void onResponse(ResponseEvent event) {
    if (finished || !registration.isCurrent(this)) {
      return;
    }
    Response response = event.getResponse();
    int status = response.getStatusCode();
    if (status < 200) {
      return;
    }
    if (status < 300) {
      finish();
      registration.succeeded(this, response);
    } else if (status == Response.UNAUTHORIZED
        || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
      answerChallenge(event, status);
    } else if (status == Response.FORBIDDEN) {
      fail(
          RegistrationFailure.AUTHENTICATION_REJECTED,
          status,
          "the registrar refused the credentials (403)",
          null);
    } else if (status == Response.INTERVAL_TOO_BRIEF) {
      retryLonger(response);
    } else {
      fail(
          RegistrationFailure.REJECTED,
          status,
          "the registrar answered " + status,
          retryAfter(response));
    }
  }

  /** 423: asks once more for the registrar's Min-Expires, with a fresh challenge round. */
  private void retryLonger(Response response) {
    int minimum =
        response.getHeader(MinExpiresHeader.NAME) instanceof MinExpiresHeader h
            ? h.getExpires()
            : -1;
    if (raised || minimum <= expires || minimum > LONGEST_MIN_EXPIRES) {
      fail(
          RegistrationFailure.REJECTED,
          Response.INTERVAL_TOO_BRIEF,
          "the registrar wants a longer registration but names no usable Min-Expires (423)",
          null);
      return;
    }
    raised = true;
    expires = minimum;
    round = new ChallengeRound();
    registration.raiseExpiry(minimum);
    send(null, null);
  }

  private static @Nullable Duration retryAfter(Response response) {
    return response.getHeader(RetryAfterHeader.NAME) instanceof RetryAfterHeader h
            && h.getRetryAfter() > 0
        ? Duration.ofSeconds(h.getRetryAfter())
        : null;
  }

  private void answerChallenge(ResponseEvent event, int status) {
    Request sent = event.getClientTransaction().getRequest();
    AuthDecision decision =
        registration
            .answerer()
            .decide(
                Challenges.of(event.getResponse()),
                Request.REGISTER,
                sent.getRequestURI().toString(),
                registration.requests().goesToAccountServer(sent),
                round);
    if (decision instanceof AuthDecision.Answer answer) {
      registration.answered(answer.challenge());
      send(sent, answer);
    } else if (decision instanceof AuthDecision.Refuse refuse) {
      boolean wrongPassword = refuse.reason() == AuthDecision.Refusal.ALREADY_ANSWERED;
      fail(
          wrongPassword
              ? RegistrationFailure.AUTHENTICATION_REJECTED
              : RegistrationFailure.REJECTED,
          status,
          refuse.reason().detail() + " (" + status + ")",
          null);
    }
  }

  @Override
  public void onTimeout() {
    if (finished || !registration.isCurrent(this)) {
      return;
    }
    abandon();
    fail(
        RegistrationFailure.UNREACHABLE,
        0,
        "no answer from the registrar within " + bound.toMillis() / 1000.0 + " s",
        null);
  }

  /** Stops listening; a late response is ignored. */
  void abandon() {
    deadline.cancel();
    ClientTransaction t = transaction;
    if (t != null) {
      try {
        t.terminate();
      } catch (javax.sip.ObjectInUseException | RuntimeException e) {
        // Already over.
      }
    }
  }

  private void fail(
      RegistrationFailure failure, int status, String detail, @Nullable Duration retryAfter) {
    finish();
    registration.failed(this, failure, status, detail, retryAfter);
  }

  private void finish() {
    finished = true;
    deadline.cancel();
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
