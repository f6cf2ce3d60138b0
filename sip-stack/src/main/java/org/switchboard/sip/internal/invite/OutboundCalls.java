package org.switchboard.sip.internal.invite;

import java.text.ParseException;
import java.util.Map;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaSession;
import org.switchboard.sip.CallerIdentity;
import org.switchboard.sip.internal.auth.AuthDecision;
import org.switchboard.sip.internal.transport.Identifiers;

/**
 * Calls from the agent: the INVITE with our offer through the account's proxy, and CANCEL. The
 * responses are handled by {@link InviteResponses}. Used on {@code sip-events}.
 */
public final class OutboundCalls {
  private static final Logger LOG = LoggerFactory.getLogger(OutboundCalls.class);

  private final CallContext ctx;
  private final Byes byes;
  private final LocalTargets localTargets;

  public OutboundCalls(CallContext ctx, Byes byes) {
    this(ctx, byes, LocalTargets.NONE);
  }

  /** Calls whose targets in our registrar's domain go to their bindings ({@code localTargets}). */
  public OutboundCalls(CallContext ctx, Byes byes, LocalTargets localTargets) {
    this.ctx = ctx;
    this.byes = byes;
    this.localTargets = localTargets;
  }

  /** Starts a call to {@code target}; returns its id. */
  public CallId dial(String target) {
    return dial(target, Map.of());
  }

  /**
   * Starts a call to {@code target} whose INVITE also carries {@code extraHeaders} (e.g. Replaces
   * and Referred-By for a transfer); returns its id.
   */
  public CallId dial(String target, Map<String, String> extraHeaders) {
    return dial(target, extraHeaders, null);
  }

  /**
   * {@link #dial(String, Map)} presenting {@code caller} in the INVITE's From (a service ringing an
   * agent with the customer's caller id); null keeps the account's own identity.
   */
  public CallId dial(
      String target, Map<String, String> extraHeaders, @Nullable CallerIdentity caller) {
    String uriText = DialTargets.toUri(target, ctx.requests().account().domain());
    URI uri;
    @Nullable URI contact;
    try {
      uri = ctx.endpoint().addresses().createURI(uriText);
      contact = localContact(uri);
    } catch (ParseException e) {
      throw new CallControlException("not a valid SIP address", e);
    }
    CallId id = CallId.random();
    MediaSession media;
    try {
      media = ctx.mediaEngine().open(id);
    } catch (RuntimeException e) {
      throw new CallControlException("no media session for the call: " + e.getMessage(), e);
    }
    CallIdHeader callId = ctx.endpoint().provider().getNewCallId();
    String user = uri instanceof SipURI sip ? sip.getUser() : null;
    Call call =
        new Call(
            id,
            CallDirection.OUTBOUND,
            callId.getCallId(),
            RemoteParties.ofDialled(uriText, user),
            media,
            Call.Phase.DIALING);
    try {
      Request invite = buildInvite(call, uri, callId);
      if (caller != null) {
        present(invite, caller);
      }
      if (contact != null) {
        // A user of our own registrar: straight to the binding, To still the address of record.
        invite.setRequestURI(contact);
        invite.removeHeader(javax.sip.header.RouteHeader.NAME);
      }
      for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
        invite.setHeader(ctx.endpoint().headers().createHeader(header.getKey(), header.getValue()));
      }
      ctx.hooks().onOutgoingInvite(call, invite);
      ctx.calls().add(call);
      send(call, invite);
    } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
      ctx.calls().forget(call);
      media.close();
      throw new CallControlException("could not send the INVITE: " + e.getMessage(), e);
    }
    LOG.info("outgoing call {} to {}", id, call.remote);
    ctx.calls().fire(new CallEvent.Dialing(id, call.remote));
    return id;
  }

  /** Puts {@code caller}'s user and name in the From, keeping its domain and tag. */
  private void present(Request invite, CallerIdentity caller) throws ParseException {
    FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
    if (!(from.getAddress().getURI() instanceof SipURI ours)) {
      return;
    }
    SipURI uri = (SipURI) ours.clone();
    uri.setUser(caller.user());
    Address address = ctx.endpoint().addresses().createAddress(uri);
    if (caller.displayName() != null) {
      address.setDisplayName(caller.displayName());
    }
    from.setAddress(address);
  }

  /** The registered contact for {@code uri} when it is one of our registrar's users. */
  private @Nullable URI localContact(URI uri) throws ParseException {
    if (!(uri instanceof SipURI sip)) {
      return null;
    }
    java.util.Optional<String> contact = localTargets.contactFor(sip);
    return contact.isPresent() ? ctx.endpoint().addresses().createURI(contact.get()) : null;
  }

  private Request buildInvite(Call call, URI uri, CallIdHeader callId)
      throws ParseException, InvalidArgumentException {
    Request invite =
        ctx.requests()
            .create(
                Request.INVITE,
                uri,
                ctx.endpoint().addresses().createAddress(uri),
                callId,
                1,
                Identifiers.newTag());
    SessionDescriptions.attach(
        invite,
        SessionDescriptions.offer(ctx, call, MediaDirection.SENDRECV),
        ctx.endpoint().headers());
    return invite;
  }

  private void send(Call call, Request invite) throws SipException {
    ClientTransaction transaction = ctx.endpoint().provider().getNewClientTransaction(invite);
    transaction.setApplicationData(new InviteResponses(ctx, this, call));
    call.inviteClient = transaction;
    call.dialog = transaction.getDialog();
    transaction.sendRequest();
  }

  /** Sends the INVITE again with credentials for a challenge. */
  void retryWithCredentials(Call call, Request sent, AuthDecision.Answer credentials)
      throws ParseException, InvalidArgumentException, SipException {
    Request retry = nextAttempt(sent);
    retry.setHeader(
        ctx.endpoint().headers().createHeader(credentials.headerName(), credentials.headerValue()));
    send(call, retry);
  }

  /**
   * Sends the INVITE again when the hooks adjust it for {@code failure} (422 with Min-SE); returns
   * whether it was sent.
   */
  boolean retryAdjusted(Call call, Request sent, javax.sip.message.Response failure)
      throws InvalidArgumentException, SipException {
    Request retry = nextAttempt(sent);
    if (!ctx.hooks().adjustRetry(call, failure, retry)) {
      return false;
    }
    send(call, retry);
    return true;
  }

  private static Request nextAttempt(Request sent) throws InvalidArgumentException {
    Request retry = (Request) sent.clone();
    CSeqHeader cseq = (CSeqHeader) retry.getHeader(CSeqHeader.NAME);
    cseq.setSeqNumber(cseq.getSeqNumber() + 1);
    ((ViaHeader) retry.getHeader(ViaHeader.NAME)).removeParameter("branch");
    return retry;
  }

  /** The agent hangs up before the answer: CANCEL now, or once a provisional response came. */
  void cancel(Call call) {
    call.cancelRequested = true;
    if (call.provisionalSeen) {
      sendCancel(call);
    }
    ctx.calls().end(call, EndReason.CANCELLED, 0, "cancelled by the agent", true);
  }

  /** Sends the CANCEL for {@code call}'s INVITE, once. */
  void sendCancel(Call call) {
    ClientTransaction invite = call.inviteClient;
    if (call.cancelSent || invite == null) {
      return;
    }
    call.cancelSent = true;
    try {
      Request cancel = invite.createCancel();
      ClientTransaction transaction = ctx.endpoint().provider().getNewClientTransaction(cancel);
      transaction.setApplicationData(IgnoredResponses.INSTANCE);
      transaction.sendRequest();
    } catch (SipException | RuntimeException e) {
      LOG.info("could not send CANCEL: {}", e.toString());
    }
  }

  /**
   * A 2xx to one of our INVITEs that no transaction claimed: another fork answering after the first
   * 2xx. It is ACKed and hung up; the call goes on with the first.
   */
  public void onStrayAnswer(Response response, @Nullable Dialog dialog) {
    String sipCallId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
    Call call = ctx.calls().bySipCallId(sipCallId).orElse(null);
    ClientTransaction invite = call == null ? null : call.inviteClient;
    if (call == null
        || invite == null
        || !ForkedAnswers.fromOtherFork(call.answeredTag, response)) {
      return; // a retransmission of the answer we kept; JAIN-SIP re-sends its ACK
    }
    ForkedAnswers.ackAndBye(ctx, byes, invite.getRequest(), response, dialog);
  }

  Byes byes() {
    return byes;
  }
}
