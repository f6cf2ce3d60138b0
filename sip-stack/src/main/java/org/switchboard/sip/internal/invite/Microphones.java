package org.switchboard.sip.internal.invite;

import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.MediaException;

/**
 * Muting this side's microphone on a call. A local matter: the media session sends silence and no
 * SIP message goes out, so the peer cannot tell mute from a quiet room. Used on {@code sip-events}.
 */
public final class Microphones {
  private final CallContext ctx;

  public Microphones(CallContext ctx) {
    this.ctx = ctx;
  }

  /** Mutes or unmutes call {@code id} and reports {@link CallEvent.Muted}. */
  public void setMuted(CallId id, boolean muted) {
    Call call = ctx.calls().require(id);
    try {
      call.media.setMuted(muted);
    } catch (MediaException e) {
      throw new CallControlException("cannot " + (muted ? "mute" : "unmute") + " call " + id, e);
    }
    ctx.calls().fire(new CallEvent.Muted(id, muted));
  }
}
