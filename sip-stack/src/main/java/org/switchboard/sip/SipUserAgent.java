package org.switchboard.sip;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.account.RegistrationListener;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.sip.internal.dns.TargetResolver;
import org.switchboard.sip.internal.invite.Call;
import org.switchboard.sip.internal.invite.CallTable;
import org.switchboard.sip.internal.invite.ExtensionHeaders;
import org.switchboard.sip.internal.invite.OutboundCalls;
import org.switchboard.sip.internal.keepalive.KeepAlive;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.loop.ListenerList;
import org.switchboard.sip.internal.register.Registration;
import org.switchboard.sip.internal.registrar.RegistrarService;
import org.switchboard.sip.internal.tls.TlsSettings;
import org.switchboard.sip.internal.transport.ServerAddress;
import org.switchboard.sip.internal.transport.SipEndpoint;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.sip.internal.ua.AnsweredUsers;
import org.switchboard.sip.internal.ua.Handlers;
import org.switchboard.sip.internal.ua.InboundPolicy;
import org.switchboard.sip.internal.ua.ServiceAccount;
import org.switchboard.sip.internal.ua.SipEventPump;

/**
 * A SIP user agent for one account on JAIN-SIP: registration, calls in and out, hold, blind and
 * attended transfer in every role, session timers and DTMF.
 *
 * <p>Threading: every method returns at once. The work runs on this agent's {@code sip-events}
 * thread, which owns all SIP state; the returned futures complete there, and listeners are called
 * there (they must return quickly; one that throws is logged and ignored). JAIN-SIP's own threads
 * only hand events to {@code sip-events}.
 */
public final class SipUserAgent implements CallControl, AccountRegistration, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SipUserAgent.class);

  private final EventLoop loop;
  private final SipEndpoint endpoint;
  private final SipTimings timings;
  private final ListenerList<CallListener> callListeners;
  private final ListenerList<RegistrationListener> registrationListeners;
  private final Registration registration;
  private final CallTable calls;
  private final OutboundCalls outbound;
  private final Handlers handlers;
  private final KeepAlive keepAlive;
  private final @Nullable RegistrarService registrar;
  private final boolean service;
  private final AnsweredUsers answered;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SipUserAgent(AgentParts parts) {
    this.loop = parts.loop;
    this.endpoint = parts.endpoint;
    this.timings = parts.timings;
    this.callListeners = parts.callListeners;
    this.registrationListeners = parts.registrationListeners;
    this.registration = parts.registration;
    this.calls = parts.calls;
    this.outbound = parts.outbound;
    this.handlers = parts.handlers;
    this.keepAlive = parts.keepAlive;
    this.registrar = parts.registrar;
    this.service = parts.service;
    this.answered = parts.answered;
  }

  /**
   * Starts a SIP stack for {@code account}, listening as {@code listen}, using {@code media} for
   * calls' audio. Does not register: call {@link #register()}.
   *
   * @throws SipStartException naming the cause, e.g. the listen port already in use
   */
  public static SipUserAgent start(SipAccount account, SipListenSettings listen, MediaEngine media)
      throws SipStartException {
    return start(account, listen, media, SipTimings.defaults());
  }

  /** Like {@link #start(SipAccount, SipListenSettings, MediaEngine)} with other time bounds. */
  static SipUserAgent start(
      SipAccount account, SipListenSettings listen, MediaEngine media, SipTimings timings)
      throws SipStartException {
    if (account.transport() != listen.transport()) {
      throw new SipStartException(
          "the account uses "
              + account.transport()
              + " but the agent listens on "
              + listen.transport()
              + "; they must match");
    }
    ServerAddress server = serverOf(account);
    EventLoop loop = new EventLoop("sip-events");
    CountDownLatch wired = new CountDownLatch(1);
    loop.execute(() -> awaitQuietly(wired));
    SipEventPump pump = new SipEventPump(loop);
    try {
      SipEndpoint endpoint =
          SipEndpoint.start(listen, pump, TlsSettings.forAccount(account, account.registrarHost()));
      AgentParts parts = new AgentParts(account, endpoint, loop, media, timings, null);
      pump.attach(parts.router);
      LOG.info(
          "SIP user agent for {} listening on {}:{}/{}",
          account.user(),
          listen.address(),
          endpoint.port(),
          listen.transport());
      return new SipUserAgent(parts);
    } catch (SipStartException | RuntimeException e) {
      loop.shutdown(Duration.ZERO);
      throw e;
    } finally {
      wired.countDown();
    }
  }

  /**
   * Starts a SIP stack as a server endpoint (a contact centre's front end): it answers INVITEs to
   * {@code settings}' users from anywhere (404 for other users, 503 beyond its maximum of live
   * calls), places calls itself, and, with a registrar configured, takes REGISTERs for its domain.
   * It never registers. Calls in and out behave as for a desktop (hold, transfer, DTMF, session
   * timers); {@link CallEvent.Incoming#dialled()} says which of its numbers was called. {@link
   * #dial(String, Map)} to a user of its own registrar's domain goes straight to that user's most
   * recent binding (no forking) and fails with "... is not registered" when there is none. See ADR
   * 28.
   *
   * @throws SipStartException naming the cause, e.g. the listen port already in use or an unusable
   *     outbound proxy
   */
  public static SipUserAgent startService(SipServiceSettings settings, MediaEngine media)
      throws SipStartException {
    return startService(settings, media, SipTimings.defaults());
  }

  /** Like {@link #startService(SipServiceSettings, MediaEngine)} with other time bounds. */
  static SipUserAgent startService(
      SipServiceSettings settings, MediaEngine media, SipTimings timings) throws SipStartException {
    EventLoop loop = new EventLoop("sip-events");
    CountDownLatch wired = new CountDownLatch(1);
    loop.execute(() -> awaitQuietly(wired));
    SipEventPump pump = new SipEventPump(loop);
    SipEndpoint endpoint = null;
    try {
      int scale =
          (settings.maxLiveCalls() + InboundPolicy.DESKTOP_MAX_LIVE_CALLS - 1)
              / InboundPolicy.DESKTOP_MAX_LIVE_CALLS;
      endpoint = SipEndpoint.start(settings.listen(), pump, null, scale);
      SipAccount account = ServiceAccount.of(settings, endpoint.port());
      serverOf(account);
      AgentParts parts = new AgentParts(account, endpoint, loop, media, timings, settings);
      pump.attach(parts.router);
      LOG.info(
          "SIP service for {} listening on {}:{}/{}{}",
          settings.domain(),
          settings.listen().address(),
          endpoint.port(),
          settings.listen().transport(),
          settings.registrar() == null ? "" : ", with a registrar");
      return new SipUserAgent(parts);
    } catch (SipStartException | RuntimeException e) {
      if (endpoint != null) {
        endpoint.close();
      }
      loop.shutdown(Duration.ZERO);
      throw e;
    } finally {
      wired.countDown();
    }
  }

  private static ServerAddress serverOf(SipAccount account) throws SipStartException {
    try {
      TargetResolver.using(account.options().dnsServers(), bound -> 0);
      return ServerAddress.of(account);
    } catch (IllegalArgumentException e) {
      throw new SipStartException(String.valueOf(e.getMessage()), e);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        LOG.warn("the SIP user agent took over 10 s to start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The local port SIP listens on (useful when the settings asked for port 0). Any thread. */
  public int localPort() {
    return endpoint.port();
  }

  /** JAIN-SIP's transaction and dialog counts now; package-private, for leak checks. Any thread. */
  StackDiagnostics diagnostics() {
    gov.nist.javax.sip.stack.SIPTransactionStack stack =
        (gov.nist.javax.sip.stack.SIPTransactionStack) endpoint.provider().getSipStack();
    return new StackDiagnostics(
        endpoint.provider().getSipStack().getStackName(),
        stack.getServerTransactionTableSize(),
        stack.getClientTransactionTableSize(),
        stack.getDialogs().size());
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    return loop.submit(() -> outbound.dial(target));
  }

  @Override
  public CompletableFuture<CallId> dial(String target, Map<String, String> headers) {
    Map<String, String> extra = Map.copyOf(headers);
    try {
      ExtensionHeaders.checkOutgoing(extra);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(
          new CallControlException(String.valueOf(e.getMessage()), e));
    }
    return loop.submit(() -> outbound.dial(target, extra));
  }

  /**
   * {@link #dial(String, Map)} for a service: the INVITE's From presents {@code caller} (the
   * customer's caller id when ringing an agent) in this service's domain.
   */
  public CompletableFuture<CallId> dial(
      String target, Map<String, String> headers, CallerIdentity caller) {
    Map<String, String> extra = Map.copyOf(headers);
    try {
      ExtensionHeaders.checkOutgoing(extra);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(
          new CallControlException(String.valueOf(e.getMessage()), e));
    }
    return loop.submit(() -> outbound.dial(target, extra, caller));
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return run(() -> handlers.inbound().answer(call));
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return run(() -> handlers.inbound().reject(call, decline));
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return run(() -> handlers.hangups().hangup(call));
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return run(() -> handlers.updates().setHold(call, true));
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return run(() -> handlers.updates().setHold(call, false));
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    return run(() -> handlers.transfers().transfer(call, target));
  }

  @Override
  public CompletableFuture<Void> attendedTransfer(CallId call, CallId consult) {
    return run(() -> handlers.transfers().attendedTransfer(call, consult));
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return run(() -> handlers.dtmf().send(call, digits));
  }

  @Override
  public CompletableFuture<Void> mute(CallId call, boolean muted) {
    return run(() -> handlers.microphones().setMuted(call, muted));
  }

  /**
   * The session interval (RFC 4028) negotiated for {@code call} in seconds, 0 when it has no
   * session timer. For tests and diagnostics.
   */
  CompletableFuture<Integer> sessionIntervalSeconds(CallId call) {
    return loop.submit(() -> handlers.sessionTimers().intervalSeconds(call));
  }

  /** Registers {@code listener}; it is called on {@code sip-events}. */
  @Override
  public Subscription addCallListener(CallListener listener) {
    return callListeners.add(listener);
  }

  /**
   * This service's registrar; empty for a desktop and for a service started without one. Any
   * thread.
   */
  public Optional<SipRegistrar> registrar() {
    return Optional.ofNullable(registrar);
  }

  /**
   * A service answers INVITEs for {@code users} from now on instead of those it was started with
   * ({@link SipServiceSettings#users()}; the queue service's entry numbers after a reload). Calls
   * in progress go on. Any thread.
   *
   * @throws IllegalStateException for a desktop, which answers for its account
   * @throws IllegalArgumentException naming a user part that is not valid
   */
  public void answerFor(Set<String> users) {
    if (!service) {
      throw new IllegalStateException("only a SIP service answers for users of its choosing");
    }
    SipServiceSettings.checkUsers(users);
    answered.replace(users);
  }

  /** Registers the account; a service never registers and gets a failed future. */
  @Override
  public CompletableFuture<Void> register() {
    if (service) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("a SIP service does not register"));
    }
    return loop.submitAsync(registration::register);
  }

  @Override
  public CompletableFuture<Void> unregister() {
    if (service) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("a SIP service does not register"));
    }
    return loop.submitAsync(registration::unregister);
  }

  /** Registers {@code listener}; it is called on {@code sip-events}. */
  @Override
  public Subscription addRegistrationListener(RegistrationListener listener) {
    return registrationListeners.add(listener);
  }

  private CompletableFuture<Void> run(Runnable command) {
    return loop.submit(
        () -> {
          command.run();
          return null;
        });
  }

  /**
   * Ends every call, unregisters (waiting at most about 2 s for the registrar) and stops the stack.
   * Idempotent. Called from any thread; on {@code sip-events} itself it does not wait.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    CompletableFuture<Void> goodbye = loop.submitAsync(this::endEverything);
    if (!loop.inLoop()) {
      try {
        goodbye.get(timings.closeBound().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        LOG.info("closing without a confirmed un-REGISTER: {}", e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    loop.execute(keepAlive::stop);
    loop.execute(registration::stop);
    RegistrarService ownRegistrar = registrar;
    if (ownRegistrar != null) {
      loop.execute(ownRegistrar::stop);
    }
    endpoint.close();
    loop.shutdown(Duration.ofSeconds(1));
  }

  private CompletableFuture<Void> endEverything() {
    for (Call call : calls.live()) {
      try {
        handlers.hangups().hangup(call.id());
      } catch (RuntimeException e) {
        LOG.info("could not end call {} on close: {}", call.id(), e.toString());
      }
    }
    if (!registration.active()) {
      return CompletableFuture.completedFuture(null);
    }
    return registration.unregister();
  }
}
