package org.switchboard.sip.internal.invite;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 2xx to our INVITE from a fork other than the one we kept (RFC 3261 section 13.2.2.4): we must
 * ACK it and, wanting one call only, end it with BYE. JAIN-SIP keeps one dialog per INVITE, so the
 * ACK and BYE are built here from the 2xx itself: its Contact is the target, its Record-Route
 * (reversed) the route set, its To tag the remote tag. Used on {@code sip-events}.
 */
final class ForkedAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(ForkedAnswers.class);

  private ForkedAnswers() {}

  /** The remote tag of {@code ok}. */
  static @Nullable String remoteTag(Response ok) {
    return ((ToHeader) ok.getHeader(ToHeader.NAME)).getTag();
  }

  /**
   * Whether {@code ok} comes from another fork than the answer we kept, whose To tag was {@code
   * keptTag}. (JAIN-SIP hands every fork's 2xx over with the one dialog, so the tag decides.)
   */
  static boolean fromOtherFork(@Nullable String keptTag, Response ok) {
    return keptTag != null && !keptTag.equals(remoteTag(ok));
  }

  /**
   * ACKs and hangs up the dialog {@code ok} (to {@code invite}) set up, through {@code forked} when
   * JAIN-SIP made a dialog for that fork.
   */
  static void ackAndBye(
      CallContext ctx, Byes byes, Request invite, Response ok, @Nullable Dialog forked) {
    String tag = remoteTag(ok);
    if (forked != null && tag != null && tag.equals(forked.getRemoteTag())) {
      try {
        long cseq = ((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber();
        forked.sendAck(forked.createAck(cseq));
        byes.sendBye(forked);
        LOG.info("a second fork answered our INVITE; ACKed and hung up");
        return;
      } catch (InvalidArgumentException | SipException | RuntimeException e) {
        LOG.info("could not end a second fork's answer in its dialog: {}", e.toString());
      }
    }
    try {
      long cseq = ((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber();
      ctx.endpoint().provider().sendRequest(request(ctx, invite, ok, Request.ACK, cseq));
      Request bye = request(ctx, invite, ok, Request.BYE, cseq + 1);
      try {
        ClientTransaction transaction = ctx.endpoint().provider().getNewClientTransaction(bye);
        transaction.setApplicationData(IgnoredResponses.INSTANCE);
        transaction.sendRequest();
      } catch (SipException e) {
        // JAIN-SIP made a dialog for the fork but did not hand it over: send the BYE as is.
        ctx.endpoint().provider().sendRequest(bye);
      }
      LOG.info("a second fork answered our INVITE; ACKed and hung up");
    } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
      LOG.info("could not end a second fork's answer: {}", e.toString());
    }
  }

  private static Request request(
      CallContext ctx, Request invite, Response ok, String method, long cseq)
      throws ParseException, InvalidArgumentException, SipException {
    HeaderFactory h = ctx.endpoint().headers();
    ContactHeader contact = (ContactHeader) ok.getHeader(ContactHeader.NAME);
    if (contact == null) {
      throw new ParseException("the 2xx has no Contact", 0);
    }
    URI target = contact.getAddress().getURI();
    Request request =
        ctx.endpoint()
            .messages()
            .createRequest(
                target,
                method,
                (CallIdHeader) invite.getHeader(CallIdHeader.NAME).clone(),
                h.createCSeqHeader(cseq, method),
                (FromHeader) invite.getHeader(FromHeader.NAME).clone(),
                (ToHeader) ok.getHeader(ToHeader.NAME).clone(),
                List.of(ctx.endpoint().newVia()),
                h.createMaxForwardsHeader(70));
    for (Address hop : routeSet(ok)) {
      request.addLast(h.createRouteHeader(hop));
    }
    return request;
  }

  private static List<Address> routeSet(Response ok) {
    List<Address> hops = new ArrayList<>();
    ListIterator<?> records = ok.getHeaders(RecordRouteHeader.NAME);
    while (records != null && records.hasNext()) {
      hops.add(0, (Address) ((RecordRouteHeader) records.next()).getAddress().clone());
    }
    return hops;
  }
}
