package org.switchboard.sip.internal.invite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.EndReason;
import org.switchboard.sip.internal.loop.ListenerList;

/**
 * The calls of one user agent, by our id and by SIP Call-ID, and the one place that ends them and
 * tells listeners. Used on {@code sip-events}; listeners are called there. While a call is in the
 * table, the RFC 4733 digits its media session receives and the quality measures it makes (both on
 * a media-events thread) are handed to {@code sip-events} and fired as {@code DtmfReceived} and
 * {@code QualityChanged}.
 */
public final class CallTable {
  private static final Logger LOG = LoggerFactory.getLogger(CallTable.class);

  private final Map<CallId, Call> byId = new HashMap<>();
  private final Map<String, Call> bySipCallId = new HashMap<>();
  private final ListenerList<CallListener> listeners;
  private final Executor loop;

  /**
   * @param loop the {@code sip-events} executor, onto which media-received digits are handed
   */
  public CallTable(ListenerList<CallListener> listeners, Executor loop) {
    this.listeners = listeners;
    this.loop = loop;
  }

  void add(Call call) {
    byId.put(call.id, call);
    bySipCallId.put(call.sipCallId, call);
    if (call.mediaDtmf == null) {
      try {
        call.mediaDtmf =
            call.media.onDtmfReceived(digit -> loop.execute(() -> mediaDigit(call, digit)));
      } catch (RuntimeException e) {
        LOG.warn("call {}: RFC 4733 digits will not be reported: {}", call.id, e.toString());
      }
    }
    if (call.mediaQuality == null) {
      // Subscribed with the call rather than at media start: the engine measures only while
      // media flows, and one subscription covers every start, re-INVITE and fork of the call.
      try {
        call.mediaQuality =
            call.media.onQualityChanged(quality -> loop.execute(() -> mediaQuality(call, quality)));
      } catch (RuntimeException e) {
        LOG.warn("call {}: quality will not be reported: {}", call.id, e.toString());
      }
    }
  }

  /** On sip-events: a quality measure of {@code call}'s media session, unless the call is over. */
  private void mediaQuality(Call call, CallQuality quality) {
    if (call.phase != Call.Phase.ENDED && byId.get(call.id) == call) {
      fire(new CallEvent.QualityChanged(call.id, quality));
    }
  }

  /** On sip-events: a digit {@code call}'s media session received, unless the call is over. */
  private void mediaDigit(Call call, char digit) {
    if (call.phase != Call.Phase.ENDED && byId.get(call.id) == call) {
      fire(new CallEvent.DtmfReceived(call.id, digit));
    }
  }

  private static void unsubscribeMedia(Call call) {
    Subscription digits = call.mediaDtmf;
    Subscription quality = call.mediaQuality;
    call.mediaDtmf = null;
    call.mediaQuality = null;
    if (digits != null) {
      digits.close();
    }
    if (quality != null) {
      quality.close();
    }
  }

  /** The live call {@code id}; fails with CallControlException when there is none. */
  public Call require(CallId id) {
    Call call = byId.get(id);
    if (call == null || call.phase == Call.Phase.ENDED) {
      throw new CallControlException("no such call: " + id);
    }
    return call;
  }

  /** The call (live, or ended but still settling) with SIP Call-ID {@code sipCallId}. */
  public Optional<Call> bySipCallId(String sipCallId) {
    return Optional.ofNullable(bySipCallId.get(sipCallId));
  }

  /** Every live call. */
  public List<Call> live() {
    List<Call> calls = new ArrayList<>();
    for (Call c : byId.values()) {
      if (c.phase != Call.Phase.ENDED) {
        calls.add(c);
      }
    }
    return calls;
  }

  /** Tells listeners about {@code event}. */
  public void fire(CallEvent event) {
    LOG.debug("call event {}", event.getClass().getSimpleName());
    listeners.fire(l -> l.onCallEvent(event));
  }

  /**
   * Ends {@code call}: closes its media, fires {@code Ended} once, and forgets it unless {@code
   * settling} (an outbound call whose INVITE may still bring a 200 to be ACKed and BYEd).
   */
  public void end(Call call, EndReason reason, int status, String detail, boolean settling) {
    boolean wasLive = call.phase != Call.Phase.ENDED;
    call.phase = Call.Phase.ENDED;
    unsubscribeMedia(call);
    call.media.close();
    if (!settling) {
      forget(call);
    }
    if (wasLive) {
      LOG.info("call {} ended: {} {}", call.id, reason, status);
      fire(new CallEvent.Ended(call.id, reason, status, detail));
    }
  }

  /** Drops {@code call} from the table. */
  public void forget(Call call) {
    unsubscribeMedia(call);
    byId.remove(call.id);
    bySipCallId.remove(call.sipCallId, call);
  }
}
