package org.switchboard.sip.internal.register;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.message.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.account.RegistrationListener;
import org.switchboard.sip.internal.auth.AuthDecision;
import org.switchboard.sip.internal.auth.ChallengeAnswerer;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.loop.ListenerList;
import org.switchboard.sip.internal.transport.Identifiers;
import org.switchboard.sip.internal.transport.OutgoingRequests;
import org.switchboard.sip.internal.transport.SipTimings;

/**
 * Keeps the account's binding at the registrar: registers, refreshes before expiry and removes the
 * binding. One REGISTER exchange (with its challenge round) is an {@link RegisterAttempt}; a newer
 * attempt supersedes an older one. Everything runs on {@code sip-events}; listeners are called
 * there.
 */
public final class Registration {
  private static final Logger LOG = LoggerFactory.getLogger(Registration.class);

  private final OutgoingRequests requests;
  private final ChallengeAnswerer answerer;
  private final EventLoop loop;
  private final SipTimings timings;
  private final ListenerList<RegistrationListener> listeners;
  private final RegisterRequests registers;
  private final List<CompletableFuture<Void>> waitingForBinding = new ArrayList<>();
  private final List<CompletableFuture<Void>> waitingForRemoval = new ArrayList<>();
  private @Nullable RegisterAttempt current;
  private EventLoop.Timer refresh = () -> {};
  private boolean wanted;
  private boolean bound;

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
  }

  /** Registers (or joins the registration under way). Call on {@code sip-events}. */
  public CompletableFuture<Void> register() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (wanted && bound && current == null) {
      done.complete(null);
      return done;
    }
    waitingForBinding.add(done);
    if (!wanted || current == null) {
      wanted = true;
      fire(new RegistrationEvent.Registering());
      start(requests.account().registerExpirySeconds(), !bound);
    }
    return done;
  }

  /** Removes the binding and stops refreshing. Call on {@code sip-events}. */
  public CompletableFuture<Void> unregister() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    wanted = false;
    refresh.cancel();
    failWaiting(waitingForBinding, RegistrationFailure.LOCAL_ERROR, 0, "unregistered meanwhile");
    if (!bound && current == null) {
      done.complete(null);
      return done;
    }
    waitingForRemoval.add(done);
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
    if (auth != null) {
      request.setHeader(
          requests.endpoint().headers().createHeader(auth.headerName(), auth.headerValue()));
    }
    ClientTransaction transaction = requests.endpoint().provider().getNewClientTransaction(request);
    transaction.setApplicationData(attempt);
    requests.send(transaction);
    return transaction;
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
      completeAll(waitingForRemoval);
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
          "registrar granted no lifetime");
      return;
    }
    bound = true;
    completeAll(waitingForBinding);
    fire(new RegistrationEvent.Registered(granted));
    scheduleRefresh(Math.max(granted / 2, granted - 60));
  }

  /** The attempt failed for good. */
  void failed(RegisterAttempt attempt, RegistrationFailure failure, int status, String detail) {
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
      failWaiting(waitingForRemoval, failure, status, detail);
      fire(new RegistrationEvent.Failed(failure, status, detail));
      return;
    }
    boolean wasBound = bound;
    bound = false;
    failWaiting(waitingForBinding, failure, status, detail);
    fire(new RegistrationEvent.Failed(failure, status, detail));
    if (wanted && wasBound && failure != RegistrationFailure.AUTHENTICATION_REJECTED) {
      scheduleRefresh((int) timings.retryAfterFailedRefresh().toSeconds());
    } else {
      wanted = false;
    }
  }

  private void scheduleRefresh(int seconds) {
    refresh.cancel();
    refresh =
        loop.schedule(
            () -> {
              if (wanted && current == null) {
                start(requests.account().registerExpirySeconds(), false);
              }
            },
            java.time.Duration.ofSeconds(Math.max(1, seconds)));
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

  private static void completeAll(List<CompletableFuture<Void>> futures) {
    List<CompletableFuture<Void>> copy = List.copyOf(futures);
    futures.clear();
    copy.forEach(f -> f.complete(null));
  }

  private static void failWaiting(
      List<CompletableFuture<Void>> futures,
      RegistrationFailure failure,
      int status,
      String detail) {
    List<CompletableFuture<Void>> copy = List.copyOf(futures);
    futures.clear();
    RegistrationException error = new RegistrationException(failure, status, detail);
    copy.forEach(f -> f.completeExceptionally(error));
  }
}
