package org.switchboard.sip.internal.register;

import java.text.ParseException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.message.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.account.RegistrationListener;
import org.switchboard.sip.internal.auth.AuthDecision;
import org.switchboard.sip.internal.auth.ChallengeAnswerer;
import org.switchboard.sip.internal.auth.DigestChallenge;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.loop.ListenerList;
import org.switchboard.sip.internal.transport.Identifiers;
import org.switchboard.sip.internal.transport.OutgoingRequests;
import org.switchboard.sip.internal.transport.SipTimings;

/**
 * Keeps the account's binding at the registrar: registers, refreshes before expiry and removes the
 * binding. One REGISTER exchange (with its challenge round) is an {@link RegisterAttempt}; a newer
 * attempt supersedes an older one. A passing failure (no answer, a 5xx, a failed refresh) is
 * retried after the server's Retry-After or a {@link RetryBackoff} capped at {@link
 * SipTimings#retryAfterFailedRefresh()}; rejected credentials are not. The last answered challenge
 * is remembered so that refreshes carry credentials at once (same nonce, next nonce count).
 * Everything runs on {@code sip-events}; listeners are called there.
 */
public final class Registration {
  private static final Logger LOG = LoggerFactory.getLogger(Registration.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

  private final OutgoingRequests requests;
  private final ChallengeAnswerer answerer;
  private final EventLoop loop;
  private final SipTimings timings;
  private final ListenerList<RegistrationListener> listeners;
  private final RegisterRequests registers;
  private final RetryBackoff backoff;
  private final RegisterCredentials credentials;
  private final Waiters waitingForBinding = new Waiters();
  private final Waiters waitingForRemoval = new Waiters();
  private @Nullable RegisterAttempt current;
  private EventLoop.Timer refresh = () -> {};
  private boolean wanted;
  private boolean bound;
  private int expiry;

  public Registration(
      OutgoingRequests requests,
      ChallengeAnswerer answerer,
      EventLoop loop,
      SipTimings timings,
      ListenerList<RegistrationListener> listeners) {
    this.requests = requests;
    this.answerer = answerer;
    this.loop = loop;
    this.timings = timings;
    this.listeners = listeners;
    this.registers =
        new RegisterRequests(
            requests, requests.endpoint().provider().getNewCallId(), Identifiers.newTag());
    this.credentials = new RegisterCredentials(requests, answerer);
    this.expiry = requests.account().registerExpirySeconds();
    Duration cap = timings.retryAfterFailedRefresh();
    Duration base = cap.compareTo(FIRST_RETRY) < 0 ? cap : FIRST_RETRY;
    this.backoff = new RetryBackoff(base, cap, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** Registers (or joins the registration under way). Call on {@code sip-events}. */
  public CompletableFuture<Void> register() {
    if (wanted && bound && current == null) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done = waitingForBinding.add();
    if (!wanted || current == null) {
      wanted = true;
      fire(new RegistrationEvent.Registering());
      start(expiry, !bound);
    }
    return done;
  }

  /** Removes the binding and stops refreshing. Call on {@code sip-events}. */
  public CompletableFuture<Void> unregister() {
    wanted = false;
    refresh.cancel();
    waitingForBinding.failAll(RegistrationFailure.LOCAL_ERROR, 0, "unregistered meanwhile");
    if (!bound && current == null) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done = waitingForRemoval.add();
    start(0, false);
    return done;
  }

  /**
   * Registers again at once, keeping the binding's Call-ID, when one is wanted and no attempt is
   * under way: the transport found the registrar gone (no keep-alive answer). Call on {@code
   * sip-events}.
   */
  public void refreshNow() {
    if (wanted && current == null) {
      start(requests.account().registerExpirySeconds(), false);
    }
  }

  /** Whether a binding exists or is being made. */
  public boolean active() {
    return bound || current != null;
  }

  /** Stops timers; sends nothing. Call on {@code sip-events}. */
  public void stop() {
    refresh.cancel();
    RegisterAttempt attempt = current;
    if (attempt != null) {
      attempt.abandon();
    }
    current = null;
  }

  private void start(int expires, boolean first) {
    refresh.cancel();
    RegisterAttempt previous = current;
    if (previous != null) {
      previous.abandon();
    }
    RegisterAttempt attempt =
        new RegisterAttempt(
            this, expires, first ? timings.firstRegistration() : timings.refreshRegistration());
    current = attempt;
    attempt.begin();
  }

  /**
   * Builds and sends a REGISTER of {@code attempt}: the first, or the retry of {@code previous}.
   */
  ClientTransaction send(
      RegisterAttempt attempt, @Nullable Request previous, AuthDecision.@Nullable Answer auth)
      throws ParseException, InvalidArgumentException, SipException {
    Request request =
        previous == null ? registers.create(attempt.expires()) : registers.next(previous);
    AuthDecision.@Nullable Answer answer = auth != null ? auth : credentials.forRequest(request);
    if (answer != null) {
      request.setHeader(
          requests.endpoint().headers().createHeader(answer.headerName(), answer.headerValue()));
    }
    ClientTransaction transaction = requests.endpoint().provider().getNewClientTransaction(request);
    transaction.setApplicationData(attempt);
    requests.send(transaction);
    return transaction;
  }

  /** Remembers the challenge just answered for later REGISTERs of this binding. */
  void answered(DigestChallenge challenge) {
    credentials.answered(challenge);
  }

  /** The registrar asked for at least {@code seconds} (423); later REGISTERs ask for that. */
  void raiseExpiry(int seconds) {
    expiry = Math.max(expiry, seconds);
  }

  EventLoop loop() {
    return loop;
  }

  ChallengeAnswerer answerer() {
    return answerer;
  }

  OutgoingRequests requests() {
    return requests;
  }

  boolean isCurrent(RegisterAttempt attempt) {
    return attempt == current;
  }

  /** The registrar accepted the attempt. */
  void succeeded(RegisterAttempt attempt, javax.sip.message.Response response) {
    current = null;
    if (attempt.expires() == 0) {
      bound = false;
      waitingForRemoval.succeedAll();
      fire(new RegistrationEvent.Unregistered());
      return;
    }
    if (requests.learnPublicAddress(response)) {
      // The registrar sees us at another address (a NAT): bind that one instead.
      start(attempt.expires(), !bound);
      return;
    }
    int granted = registers.grantedExpires(response, attempt.expires());
    if (granted <= 0) {
      failed(
          attempt,
          RegistrationFailure.REJECTED,
          response.getStatusCode(),
          "registrar granted no lifetime",
          null);
      return;
    }
    bound = true;
    backoff.reset();
    waitingForBinding.succeedAll();
    fire(new RegistrationEvent.Registered(granted));
    scheduleRefresh(Duration.ofSeconds(Math.max(granted / 2, granted - 60)));
  }

  /**
   * The attempt failed; a passing failure is retried later.
   *
   * @param retryAfter the server's Retry-After, when it gave one
   */
  void failed(
      RegisterAttempt attempt,
      RegistrationFailure failure,
      int status,
      String detail,
      @Nullable Duration retryAfter) {
    current = null;
    if (failure == RegistrationFailure.UNREACHABLE
        && attempt.expires() > 0
        && requests.targetFailed()) {
      // RFC 3263 failover: the registrar's name has another target to try.
      LOG.info("registrar target of {} did not answer ({}); trying the next one", who(), detail);
      start(attempt.expires(), !bound);
      return;
    }
    LOG.info("registration of {} failed: {} ({}) {}", who(), failure, status, detail);
    if (attempt.expires() == 0) {
      bound = false;
      waitingForRemoval.failAll(failure, status, detail);
      fire(new RegistrationEvent.Failed(failure, status, detail));
      return;
    }
    boolean wasBound = bound;
    bound = false;
    if (failure == RegistrationFailure.AUTHENTICATION_REJECTED) {
      credentials.forget();
    }
    waitingForBinding.failAll(failure, status, detail);
    fire(new RegistrationEvent.Failed(failure, status, detail));
    if (wanted && retryable(failure, status, wasBound)) {
      Duration delay = backoff.next(retryAfter);
      LOG.info("registration of {}: next attempt in {} ms", who(), delay.toMillis());
      fire(new RegistrationEvent.Retrying(delay, failure, status, detail));
      scheduleRetry(delay);
    } else {
      wanted = false;
    }
  }

  /** No answer and server errors pass; so does any failed refresh except refused credentials. */
  private static boolean retryable(RegistrationFailure failure, int status, boolean wasBound) {
    return failure == RegistrationFailure.UNREACHABLE
        || (status >= 500 && status < 600)
        || (wasBound && failure != RegistrationFailure.AUTHENTICATION_REJECTED);
  }

  private void scheduleRefresh(Duration delay) {
    refresh.cancel();
    refresh =
        loop.schedule(
            () -> {
              if (wanted && current == null) {
                start(expiry, false);
              }
            },
            delay.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : delay);
  }

  private void scheduleRetry(Duration delay) {
    refresh.cancel();
    refresh =
        loop.schedule(
            () -> {
              if (wanted && current == null) {
                fire(new RegistrationEvent.Registering());
                start(expiry, true);
              }
            },
            delay);
  }

  String who() {
    return "user "
        + requests.account().user()
        + " at "
        + requests.account().registrarHost()
        + ":"
        + requests.account().registrarPort()
        + "/"
        + requests.endpoint().transport();
  }

  private void fire(RegistrationEvent event) {
    listeners.fire(l -> l.onRegistrationEvent(event));
  }
}
