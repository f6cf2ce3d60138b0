package org.switchboard.sip.internal.register;

import java.text.ParseException;
import java.util.ListIterator;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.switchboard.core.account.SipAccount;
import org.switchboard.sip.internal.transport.OutgoingRequests;

/**
 * Builds REGISTER requests for one binding and reads the lifetime the registrar granted. Every
 * REGISTER of the binding shares one Call-ID and From tag, with a growing CSeq (RFC 3261 section
 * 10.2). Used on {@code sip-events}.
 */
final class RegisterRequests {
  private final OutgoingRequests requests;
  private final CallIdHeader callId;
  private final String fromTag;
  private long cseq;

  RegisterRequests(OutgoingRequests requests, CallIdHeader callId, String fromTag) {
    this.requests = requests;
    this.callId = callId;
    this.fromTag = fromTag;
  }

  /** A REGISTER asking for {@code expires} seconds (0 removes the binding). */
  Request create(int expires) throws ParseException, InvalidArgumentException {
    SipAccount account = requests.account();
    var addresses = requests.endpoint().addresses();
    SipURI registrar = addresses.createSipURI(null, account.domain());
    Request request =
        requests.create(
            Request.REGISTER,
            registrar,
            addresses.createAddress(account.addressOfRecord()),
            callId,
            ++cseq,
            fromTag);
    ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
    contact.setExpires(expires);
    request.setHeader(requests.endpoint().headers().createExpiresHeader(expires));
    return request;
  }

  /** A copy of {@code previous} with the next CSeq, ready for a new transaction. */
  Request next(Request previous) throws InvalidArgumentException {
    Request copy = (Request) previous.clone();
    ((javax.sip.header.CSeqHeader) copy.getHeader(javax.sip.header.CSeqHeader.NAME))
        .setSeqNumber(++cseq);
    ((javax.sip.header.ViaHeader) copy.getHeader(javax.sip.header.ViaHeader.NAME))
        .removeParameter("branch");
    return copy;
  }

  /** The lifetime granted to our contact: its expires parameter, else Expires, else asked. */
  int grantedExpires(Response response, int asked) {
    ContactHeader ours = requests.endpoint().contact(requests.account().user());
    ListIterator<?> contacts = response.getHeaders(ContactHeader.NAME);
    while (contacts != null && contacts.hasNext()) {
      if (contacts.next() instanceof ContactHeader c
          && sameBinding(c, ours)
          && c.getExpires() >= 0) {
        return c.getExpires();
      }
    }
    if (response.getHeader(ExpiresHeader.NAME) instanceof ExpiresHeader e) {
      return e.getExpires();
    }
    return asked;
  }

  private static boolean sameBinding(ContactHeader a, ContactHeader b) {
    if (a.getAddress().getURI() instanceof SipURI x
        && b.getAddress().getURI() instanceof SipURI y) {
      return x.getHost() != null
          && x.getHost().equalsIgnoreCase(y.getHost())
          && x.getPort() == y.getPort()
          && String.valueOf(x.getUser()).equals(String.valueOf(y.getUser()));
    }
    return false;
  }
}
