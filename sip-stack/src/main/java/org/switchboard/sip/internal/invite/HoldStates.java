package org.switchboard.sip.internal.invite;

import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.media.MediaDirection;

/**
 * A call's hold state per side, and the direction our offers state for it. Every change is reported
 * once: {@code Held} with the side(s) holding now, or {@code Resumed} when neither does. Used on
 * {@code sip-events}.
 */
final class HoldStates {
  private HoldStates() {}

  /** Sets who holds {@code call} and tells listeners when that changed. */
  static void set(CallTable calls, Call call, boolean local, boolean remote) {
    if (local == call.localHold && remote == call.remoteHold) {
      return;
    }
    call.localHold = local;
    call.remoteHold = remote;
    if (!local && !remote) {
      calls.fire(new CallEvent.Resumed(call.id));
    } else {
      calls.fire(new CallEvent.Held(call.id, side(local, remote)));
    }
  }

  /** The side holding a call held by us ({@code local}) and/or the peer ({@code remote}). */
  static HoldSide side(boolean local, boolean remote) {
    if (local && remote) {
      return HoldSide.BOTH;
    }
    return local ? HoldSide.LOCAL : HoldSide.REMOTE;
  }

  /**
   * The direction of our offer: we stop receiving while we hold and stop sending while the peer
   * holds, so a call both sides hold is offered {@code inactive} (RFC 3264 section 8.4).
   */
  static MediaDirection offerDirection(boolean localHold, boolean remoteHold) {
    if (localHold && remoteHold) {
      return MediaDirection.INACTIVE;
    } else if (localHold) {
      return MediaDirection.SENDONLY;
    } else if (remoteHold) {
      return MediaDirection.RECVONLY;
    }
    return MediaDirection.SENDRECV;
  }
}
