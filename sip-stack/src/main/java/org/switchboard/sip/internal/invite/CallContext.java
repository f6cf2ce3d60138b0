package org.switchboard.sip.internal.invite;

import org.switchboard.core.media.MediaEngine;
import org.switchboard.sip.internal.auth.ChallengeAnswerer;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.transport.OutgoingRequests;
import org.switchboard.sip.internal.transport.Responder;
import org.switchboard.sip.internal.transport.SipEndpoint;

/** What the call handlers share. Used on {@code sip-events}. */
public record CallContext(
    OutgoingRequests requests,
    Responder responder,
    EventLoop loop,
    MediaEngine mediaEngine,
    CallTable calls,
    ChallengeAnswerer answerer,
    InviteHooks hooks) {

  public SipEndpoint endpoint() {
    return requests.endpoint();
  }
}
