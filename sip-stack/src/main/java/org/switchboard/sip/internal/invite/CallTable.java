package org.switchboard.sip.internal.invite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.sip.internal.loop.ListenerList;

/**
 * The calls of one user agent, by our id and by SIP Call-ID, and the one place that ends them and
 * tells listeners. Used on {@code sip-events}; listeners are called there.
 */
public final class CallTable {
  private static final Logger LOG = LoggerFactory.getLogger(CallTable.class);

  private final Map<CallId, Call> byId = new HashMap<>();
  private final Map<String, Call> bySipCallId = new HashMap<>();
  private final ListenerList<CallListener> listeners;

  public CallTable(ListenerList<CallListener> listeners) {
    this.listeners = listeners;
  }

  void add(Call call) {
    byId.put(call.id, call);
    bySipCallId.put(call.sipCallId, call);
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
    byId.remove(call.id);
    bySipCallId.remove(call.sipCallId, call);
  }
}
