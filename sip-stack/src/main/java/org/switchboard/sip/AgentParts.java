package org.switchboard.sip;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.RegistrationListener;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.sip.internal.auth.ChallengeAnswerer;
import org.switchboard.sip.internal.invite.Byes;
import org.switchboard.sip.internal.invite.CallContext;
import org.switchboard.sip.internal.invite.CallTable;
import org.switchboard.sip.internal.invite.DtmfSignals;
import org.switchboard.sip.internal.invite.Hangups;
import org.switchboard.sip.internal.invite.InboundCalls;
import org.switchboard.sip.internal.invite.InviteHooks;
import org.switchboard.sip.internal.invite.LocalTargets;
import org.switchboard.sip.internal.invite.Microphones;
import org.switchboard.sip.internal.invite.OutboundCalls;
import org.switchboard.sip.internal.invite.PeerUpdates;
import org.switchboard.sip.internal.invite.SessionUpdates;
import org.switchboard.sip.internal.keepalive.KeepAlive;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.loop.ListenerList;
import org.switchboard.sip.internal.register.Registration;
import org.switchboard.sip.internal.registrar.RegistrarService;
import org.switchboard.sip.internal.timer.SessionRefresher;
import org.switchboard.sip.internal.timer.SessionTimers;
import org.switchboard.sip.internal.transfer.ReplacesTarget;
import org.switchboard.sip.internal.transfer.Transferee;
import org.switchboard.sip.internal.transfer.Transferor;
import org.switchboard.sip.internal.transport.Identifiers;
import org.switchboard.sip.internal.transport.OutgoingRequests;
import org.switchboard.sip.internal.transport.Responder;
import org.switchboard.sip.internal.transport.SipEndpoint;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.sip.internal.ua.AnsweredUsers;
import org.switchboard.sip.internal.ua.Handlers;
import org.switchboard.sip.internal.ua.InboundPolicy;
import org.switchboard.sip.internal.ua.MessageRouter;
import org.switchboard.sip.internal.ua.OptionsResponder;

/** The wiring of one agent: the composition of its internal parts. */
final class AgentParts {
  final EventLoop loop;
  final SipEndpoint endpoint;
  final SipTimings timings;
  final ListenerList<CallListener> callListeners = new ListenerList<>();
  final ListenerList<RegistrationListener> registrationListeners = new ListenerList<>();
  final CallTable calls;
  final Registration registration;
  final OutboundCalls outbound;
  final Handlers handlers;
  final MessageRouter router;
  final KeepAlive keepAlive;
  final @Nullable RegistrarService registrar;
  final boolean service;

  /** The users a service answers INVITEs for (its entry numbers), replaceable while it runs. */
  final AnsweredUsers answered;

  /** The parts of a desktop ({@code service} null) or of a service. */
  AgentParts(
      SipAccount account,
      SipEndpoint endpoint,
      EventLoop loop,
      MediaEngine media,
      SipTimings timings,
      @Nullable SipServiceSettings service) {
    this.loop = loop;
    this.endpoint = endpoint;
    this.timings = timings;
    this.service = service != null;
    this.answered = new AnsweredUsers(service == null ? java.util.Set.of() : service.users());
    this.calls = new CallTable(callListeners, loop);
    // A service without outbound proxy sends each request straight to its Request-URI.
    OutgoingRequests requests =
        new OutgoingRequests(
            endpoint, account, service == null || !service.outboundProxy().isBlank());
    Responder responder = new Responder(endpoint, requests);
    ChallengeAnswerer answerer =
        new ChallengeAnswerer(
            account.authUser(),
            account.password(),
            account.domain(),
            () -> Identifiers.randomHex(16));
    InviteHooks.Slot hooks = new InviteHooks.Slot();
    CallContext ctx = new CallContext(requests, responder, loop, media, calls, answerer, hooks);
    this.registration = new Registration(requests, answerer, loop, timings, registrationListeners);
    Byes byes = new Byes(ctx);
    InboundCalls inbound = new InboundCalls(ctx, byes);
    SipRegistrarSettings registrarSettings = service == null ? null : service.registrar();
    this.registrar =
        registrarSettings == null
            ? null
            : new RegistrarService(
                registrarSettings,
                account.domain(),
                endpoint,
                responder,
                loop,
                java.time.Clock.systemUTC());
    this.outbound = new OutboundCalls(ctx, byes, localTargets(registrar));
    SessionUpdates updates = new SessionUpdates(ctx, byes);
    Hangups hangups = new Hangups(ctx, inbound, outbound, byes);
    SessionTimers timers =
        new SessionTimers(
            ctx,
            byes,
            new SessionRefresher(ctx, byes, updates),
            timings,
            account.options().sessionExpiresSeconds());
    hooks.set(timers);
    Transferee transferee = new Transferee(ctx, byes, outbound, updates);
    // Internal listeners first, so they see each event before the agent's own listeners.
    callListeners.add(timers);
    callListeners.add(transferee);
    this.handlers =
        new Handlers(
            inbound,
            outbound,
            hangups,
            updates,
            new PeerUpdates(ctx, updates),
            new DtmfSignals(ctx, byes),
            new Transferor(ctx, byes, updates, timings),
            new Microphones(ctx),
            new OptionsResponder(responder, endpoint.headers()),
            transferee,
            new ReplacesTarget(ctx, inbound, hangups, byes),
            timers);
    this.router =
        service == null
            ? new MessageRouter(ctx, handlers)
            : new MessageRouter(
                ctx,
                handlers,
                new InboundPolicy(true, answered, service.maxLiveCalls(), registrar != null),
                registrar);
    RegistrarService startedRegistrar = registrar;
    if (startedRegistrar != null) {
      loop.execute(startedRegistrar::start);
    }
    this.keepAlive = new KeepAlive(requests, loop, registration::active, registration::refreshNow);
    loop.execute(keepAlive::start);
  }

  /** Calls to our registrar's domain go to the callee's most recent binding. */
  private static LocalTargets localTargets(@Nullable RegistrarService registrar) {
    if (registrar == null) {
      return LocalTargets.NONE;
    }
    return aor -> {
      String user = aor.getUser();
      if (user == null || !registrar.isOurDomain(aor.getHost())) {
        return Optional.empty();
      }
      Optional<String> contact = registrar.latestContact(user);
      if (contact.isEmpty()) {
        throw new CallControlException(user + " is not registered");
      }
      return contact;
    };
  }
}
