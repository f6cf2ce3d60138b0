package org.switchboard.sip.internal.transfer;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.Header;
import javax.sip.header.ReferToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.sip.internal.invite.Byes;
import org.switchboard.sip.internal.invite.Call;
import org.switchboard.sip.internal.invite.CallContext;
import org.switchboard.sip.internal.invite.OutboundCalls;
import org.switchboard.sip.internal.invite.SessionUpdates;

/**
 * Transfer as the transferee (RFC 3515, RFC 5589): the peer's REFER is answered 202, the Refer-To
 * target is called (with the Replaces it carries, for an attended transfer), and the new call's
 * progress goes back in NOTIFYs. When the new call is answered the old one is {@code Replaced} and
 * ended; when it fails the old call stays ({@code TransferFailed}). Used on {@code sip-events}; it
 * follows the new calls as an internal {@link CallListener}.
 */
public final class Transferee implements CallListener {
  private static final Logger LOG = LoggerFactory.getLogger(Transferee.class);

  /**
   * How long the transferor may take to end the old call itself after the final NOTIFY before we do
   * (RFC 5589 leaves it to the transferor; ending it at once would race its BYE).
   */
  private static final Duration TRANSFEROR_BYE_GRACE = Duration.ofSeconds(1);

  private final CallContext ctx;
  private final Byes byes;
  private final OutboundCalls outbound;
  private final SessionUpdates updates;
  private final ReferNotifier notifier;

  /** The calls to transfer targets, each with the call whose REFER asked for it. */
  private final Map<CallId, Call> referredBy = new HashMap<>();

  public Transferee(CallContext ctx, Byes byes, OutboundCalls outbound, SessionUpdates updates) {
    this.ctx = ctx;
    this.byes = byes;
    this.outbound = outbound;
    this.updates = updates;
    this.notifier = new ReferNotifier(ctx, byes);
  }

  /** The peer's REFER on the established {@code call}. */
  public void onRefer(Call call, Request refer, ServerTransaction transaction) {
    Optional<URI> target = referTarget(refer);
    if (target.isEmpty()) {
      ctx.responder().respond(transaction, Response.BAD_REQUEST);
      return;
    }
    if (referredBy.containsValue(call)) {
      ctx.responder().respond(transaction, Response.REQUEST_PENDING);
      return;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String uri = target.get().toString();
    int question = uri.indexOf('?');
    if (question >= 0) {
      // Of the headers a Refer-To may carry, only Replaces goes into our INVITE.
      ReplacesValue.fromUriHeaders(uri.substring(question + 1))
          .ifPresent(r -> headers.put("Replaces", r.headerValue()));
      uri = uri.substring(0, question);
    }
    Header referredByHeader = refer.getHeader("Referred-By");
    if (referredByHeader != null) {
      headers.put("Referred-By", valueOf(referredByHeader));
    }
    ctx.responder().respond(transaction, Response.ACCEPTED);
    notifier.notify(call, Response.TRYING, "Trying", false);
    CallId newCall;
    try {
      newCall = outbound.dial(uri, headers);
    } catch (CallControlException e) {
      LOG.info("call {}: could not call the transfer target: {}", call.id(), e.getMessage());
      notifier.notify(call, Response.SERVICE_UNAVAILABLE, "Service Unavailable", true);
      fail(call, Response.SERVICE_UNAVAILABLE, "the transfer target could not be called");
      return;
    }
    referredBy.put(newCall, call);
    LOG.info("call {}: transferring to new call {}", call.id(), newCall);
    ctx.calls().fire(new CallEvent.TransferRequested(call.id(), newCall));
  }

  private static Optional<URI> referTarget(Request refer) {
    Header header = refer.getHeader(ReferToHeader.NAME);
    if (!(header instanceof ReferToHeader referTo) || referTo.getAddress() == null) {
      return Optional.empty();
    }
    URI uri = referTo.getAddress().getURI();
    return uri instanceof SipURI ? Optional.of(uri) : Optional.empty();
  }

  private static String valueOf(Header header) {
    String text = header.toString().trim();
    int colon = text.indexOf(':');
    return colon < 0 ? text : text.substring(colon + 1).trim();
  }

  /** Follows the calls to transfer targets. Called on {@code sip-events}. */
  @Override
  public void onCallEvent(CallEvent event) {
    Call old = referredBy.get(event.callId());
    if (old == null) {
      return;
    }
    if (event instanceof CallEvent.RemoteRinging) {
      notifier.notify(old, Response.RINGING, "Ringing", false);
    } else if (event instanceof CallEvent.Answered) {
      referredBy.remove(event.callId());
      succeed(old, event.callId());
    } else if (event instanceof CallEvent.Ended ended) {
      referredBy.remove(event.callId());
      int status = ended.sipStatus() >= 300 ? ended.sipStatus() : Response.SERVICE_UNAVAILABLE;
      notifier.notify(old, status, "Call Failed", true);
      fail(old, status, "the call to the transfer target failed with " + status);
    }
  }

  private void succeed(Call old, CallId replacement) {
    if (old.isEnded()) {
      return;
    }
    ctx.calls().fire(new CallEvent.Replaced(old.id(), replacement));
    notifier.notify(old, Response.OK, "OK", true);
    ctx.loop()
        .schedule(
            () -> {
              if (old.isConfirmed()) {
                byes.byeAndEnd(old, EndReason.LOCAL_HANGUP, "transferred");
              }
            },
            TRANSFEROR_BYE_GRACE);
  }

  private void fail(Call old, int status, String detail) {
    if (old.isEnded()) {
      return;
    }
    ctx.calls().fire(new CallEvent.TransferFailed(old.id(), status, detail));
    if (old.isConfirmed() && old.isLocallyHeld()) {
      try {
        updates.setHold(old.id(), false);
      } catch (RuntimeException e) {
        LOG.info("call {}: could not resume after the failed transfer: {}", old.id(), e.toString());
      }
    }
  }
}
