package org.switchboard.sip.internal.timer;

import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.sip.internal.invite.Byes;
import org.switchboard.sip.internal.invite.Call;
import org.switchboard.sip.internal.invite.CallContext;
import org.switchboard.sip.internal.invite.InviteHooks;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.transport.SipTimings;

/**
 * Session timers of one agent (RFC 4028): adds Supported, Session-Expires and Min-SE to our INVITE
 * exchanges, negotiates the refresher, refreshes at half the interval when we are the refresher
 * (UPDATE when the peer allows it, else re-INVITE) and sends BYE when the interval runs out without
 * a refresh. Delays are multiplied by {@link SipTimings#sessionTimerScale()} so that tests run
 * quickly with real header values. Used on {@code sip-events}; follows calls as an internal {@link
 * CallListener} to forget ended ones.
 */
public final class SessionTimers implements InviteHooks, CallListener {
  private static final Logger LOG = LoggerFactory.getLogger(SessionTimers.class);

  private final CallContext ctx;
  private final Byes byes;
  private final SessionRefresher refresher;
  private final SipTimings timings;
  private final SessionTimerPolicy policy;
  private final Map<CallId, Session> sessions = new HashMap<>();

  /** One call's negotiated timer and its pending refresh or expiry. */
  static final class Session {
    SessionTimerPolicy.Negotiated negotiated;
    boolean peerAllowsUpdate;
    EventLoop.@Nullable Timer timer;

    Session(SessionTimerPolicy.Negotiated negotiated, boolean peerAllowsUpdate) {
      this.negotiated = negotiated;
      this.peerAllowsUpdate = peerAllowsUpdate;
    }
  }

  public SessionTimers(
      CallContext ctx, Byes byes, SessionRefresher refresher, SipTimings timings, int configured) {
    this.ctx = ctx;
    this.byes = byes;
    this.refresher = refresher;
    this.timings = timings;
    this.policy = new SessionTimerPolicy(configured);
  }

  @Override
  public void onOutgoingInvite(Call call, Request invite) {
    try {
      SessionHeaders.setSupported(invite, ctx.endpoint().headers());
      if (policy.enabled()) {
        SessionHeaders.setSessionExpires(
            invite, ctx.endpoint().headers(), new SessionInterval(policy.requested(), null));
        SessionHeaders.setMinSe(invite, ctx.endpoint().headers(), SessionTimerPolicy.MIN_SE);
      }
    } catch (ParseException e) {
      LOG.warn("call {}: no session-timer headers: {}", call.id(), e.toString());
    }
  }

  @Override
  public void onOutgoingReInvite(Call call, Request reInvite) {
    decorateRefresh(call, reInvite);
  }

  /** Adds the headers of a refresh by us (re-INVITE or UPDATE), keeping who refreshes. */
  void decorateRefresh(Call call, Request request) {
    try {
      SessionHeaders.setSupported(request, ctx.endpoint().headers());
      Session session = sessions.get(call.id());
      if (session != null) {
        String who = session.negotiated.weRefresh() ? SessionInterval.UAC : SessionInterval.UAS;
        SessionHeaders.setSessionExpires(
            request,
            ctx.endpoint().headers(),
            new SessionInterval(session.negotiated.seconds(), who));
        SessionHeaders.setMinSe(request, ctx.endpoint().headers(), SessionTimerPolicy.MIN_SE);
      }
    } catch (ParseException e) {
      LOG.warn("call {}: no session-timer headers: {}", call.id(), e.toString());
    }
  }

  @Override
  public void onInviteSucceeded(Call call, Response ok) {
    afterOurRequestSucceeded(call, ok);
  }

  /** A 2xx to our INVITE, re-INVITE or UPDATE: (re)starts or stops the timer. */
  void afterOurRequestSucceeded(Call call, Response ok) {
    Optional<SessionTimerPolicy.Negotiated> negotiated =
        policy.afterSuccess(SessionHeaders.sessionExpires(ok));
    boolean allowsUpdate = SessionHeaders.lists(ok, "Allow", Request.UPDATE);
    if (negotiated.isPresent()) {
      start(call, negotiated.get(), allowsUpdate);
    } else {
      stop(call.id());
    }
  }

  @Override
  public boolean adjustRetry(Call call, Response failure, Request retry) {
    if (failure.getStatusCode() != 422 || !policy.enabled()) {
      return false;
    }
    int minSe = SessionHeaders.minSe(failure);
    SessionInterval sent = SessionHeaders.sessionExpires(retry);
    if (minSe <= 0 || (sent != null && sent.seconds() >= minSe)) {
      return false; // nothing to raise, or we already asked for that much: no loop
    }
    try {
      SessionHeaders.setSessionExpires(
          retry, ctx.endpoint().headers(), new SessionInterval(policy.afterTooSmall(minSe), null));
      SessionHeaders.setMinSe(retry, ctx.endpoint().headers(), minSe);
    } catch (ParseException e) {
      return false;
    }
    LOG.info("call {}: session interval too small; asking for {} s", call.id(), minSe);
    return true;
  }

  @Override
  public void onAnswering(Call call, Request request, Response ok) {
    SessionTimerPolicy.UasAnswer answer =
        policy.answer(
            SessionHeaders.sessionExpires(request),
            SessionHeaders.lists(request, "Supported", SessionHeaders.TIMER)
                || SessionHeaders.lists(request, "Require", SessionHeaders.TIMER),
            SessionHeaders.minSe(request));
    boolean allowsUpdate = SessionHeaders.lists(request, "Allow", Request.UPDATE);
    try {
      SessionHeaders.setSupported(ok, ctx.endpoint().headers());
      if (answer instanceof SessionTimerPolicy.WithTimer timer) {
        SessionHeaders.setSessionExpires(
            ok, ctx.endpoint().headers(), new SessionInterval(timer.seconds(), timer.refresher()));
        if (timer.requireTimer()) {
          SessionHeaders.requireTimer(ok, ctx.endpoint().headers());
        }
        start(call, timer.negotiated(), allowsUpdate);
      } else {
        stop(call.id());
      }
    } catch (ParseException e) {
      LOG.warn("call {}: no session-timer headers in our answer: {}", call.id(), e.toString());
    }
  }

  /**
   * Answers 422 (with our Min-SE) to a new INVITE whose Session-Expires is below it; returns
   * whether it did.
   */
  public boolean rejectTooSmall(Request invite, ServerTransaction transaction) {
    SessionInterval asked = SessionHeaders.sessionExpires(invite);
    if (asked == null || asked.seconds() >= SessionTimerPolicy.MIN_SE) {
      return false;
    }
    try {
      Response tooSmall = ctx.responder().create(invite, 422, null);
      tooSmall.setReasonPhrase("Session Interval Too Small");
      SessionHeaders.setMinSe(tooSmall, ctx.endpoint().headers(), SessionTimerPolicy.MIN_SE);
      ctx.responder().send(transaction, tooSmall);
    } catch (ParseException e) {
      ctx.responder().respond(transaction, Response.SERVER_INTERNAL_ERROR);
    }
    return true;
  }

  /** The peer's UPDATE on {@code call}: a session refresh without a body is answered 200. */
  public void onUpdate(Call call, Request update, ServerTransaction transaction) {
    byte[] body = update.getRawContent();
    if (body != null && body.length > 0) {
      // Offers in UPDATE are not taken: the session stays as it is.
      ctx.responder().respond(transaction, Response.NOT_ACCEPTABLE_HERE);
      return;
    }
    try {
      Response ok = ctx.responder().create(update, Response.OK, null);
      ok.setHeader(ctx.endpoint().contact(ctx.requests().account().user()));
      onAnswering(call, update, ok);
      ctx.responder().send(transaction, ok);
    } catch (ParseException e) {
      ctx.responder().respond(transaction, Response.SERVER_INTERNAL_ERROR);
    }
  }

  /** The negotiated interval of {@code id} in seconds, 0 when its session has no timer. */
  public int intervalSeconds(CallId id) {
    Session session = sessions.get(id);
    return session == null ? 0 : session.negotiated.seconds();
  }

  /** Forgets ended calls. Called on {@code sip-events}. */
  @Override
  public void onCallEvent(CallEvent event) {
    if (event instanceof CallEvent.Ended) {
      stop(event.callId());
    }
  }

  private void start(Call call, SessionTimerPolicy.Negotiated negotiated, boolean allowsUpdate) {
    Session session = sessions.get(call.id());
    if (session == null) {
      session = new Session(negotiated, allowsUpdate);
      sessions.put(call.id(), session);
    } else {
      cancel(session);
      session.negotiated = negotiated;
      session.peerAllowsUpdate |= allowsUpdate;
    }
    int seconds = negotiated.seconds();
    LOG.debug("call {}: session timer {} s, we refresh: {}", call.id(), seconds, negotiated);
    if (negotiated.weRefresh()) {
      schedule(session, () -> refresh(call), SessionTimerPolicy.refreshDelay(seconds));
    } else {
      schedule(session, () -> expire(call), SessionTimerPolicy.expiryDelay(seconds));
    }
  }

  private void schedule(Session session, Runnable task, Duration real) {
    session.timer = ctx.loop().schedule(task, timings.sessionTimerDelay(real));
  }

  private void refresh(Call call) {
    Session session = sessions.get(call.id());
    if (session == null || !call.isConfirmed()) {
      return;
    }
    int seconds = session.negotiated.seconds();
    // Until the refresh is answered, the session ends where the peer would end it.
    Duration left =
        SessionTimerPolicy.expiryDelay(seconds).minus(SessionTimerPolicy.refreshDelay(seconds));
    schedule(session, () -> expire(call), left);
    refresher.refresh(call, session.peerAllowsUpdate, this);
  }

  private void expire(Call call) {
    sessions.remove(call.id());
    if (call.isConfirmed()) {
      LOG.info("call {}: session expired without a refresh; hanging up", call.id());
      byes.byeAndEnd(call, EndReason.TIMEOUT, "the session expired without a refresh");
    }
  }

  /** A refresh of ours failed for good (481, 408, no answer): the session is over. */
  void refreshFailed(Call call, int status) {
    stop(call.id());
    if (call.isConfirmed()) {
      byes.byeAndEnd(call, EndReason.FAILED, "the session refresh failed (" + status + ")");
    }
  }

  private void stop(CallId id) {
    Session session = sessions.remove(id);
    if (session != null) {
      cancel(session);
    }
  }

  private static void cancel(Session session) {
    EventLoop.Timer timer = session.timer;
    session.timer = null;
    if (timer != null) {
      timer.cancel();
    }
  }
}
