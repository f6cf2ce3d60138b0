package org.switchboard.app.tones;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallStatus;
import org.switchboard.app.call.CallsModel;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.CallTone;
import org.switchboard.core.media.TonePlayer;

/**
 * Plays the call-progress tones from the calls' events:
 *
 * <ul>
 *   <li>{@link CallTone#RINGBACK} while an outgoing call rings ({@link CallEvent.RemoteRinging})
 *       without early media, until it is answered, sends early media or ends;
 *   <li>{@link CallTone#CALL_WAITING} once when a call is offered while the agent talks on another;
 *   <li>{@link CallTone#ZIP} once when an inbound call was answered automatically: by the desktop's
 *       auto-answer ({@link #autoAnswering}) or by the SIP stack at the server's request (its
 *       headers ask for it and the account allows it);
 *   <li>{@link CallTone#BUSY} when an outgoing call ends unanswered because the callee is busy
 *       (486/600), {@link CallTone#ERROR} for the other failures (declined, unreachable, no answer
 *       in time, any other error), each for {@link #FAILURE_TONE} or until the next dial.
 * </ul>
 *
 * Events are handed to the {@code ui} executor; everything else runs on the JavaFX application
 * thread.
 */
public final class CallTones implements AutoCloseable {
  /** How long the busy or error tone plays after a failed call. */
  public static final Duration FAILURE_TONE = Duration.ofSeconds(4);

  /** Runs an action on the JavaFX thread after a delay. */
  @FunctionalInterface
  public interface Timer {
    void after(Duration delay, Runnable action);
  }

  private final CallsModel calls;
  private final TonePlayer tones;
  private final boolean serverMayAutoAnswer;
  private final Executor ui;
  private final Timer timer;
  private final Map<CallId, Subscription> ringback = new HashMap<>();
  private final Set<CallId> dialled = new HashSet<>();
  private final Set<CallId> answered = new HashSet<>();
  private final Set<CallId> autoAnswered = new HashSet<>();
  private @Nullable Subscription failure;
  private int failures;
  private @Nullable Subscription subscription;

  /**
   * @param serverMayAutoAnswer whether the account lets the SIP stack answer calls the server asks
   *     it to (auto-answer not off)
   * @param ui runs the calls' events on the JavaFX thread
   * @param timer ends the busy and error tones
   */
  public CallTones(
      CallsModel calls, TonePlayer tones, boolean serverMayAutoAnswer, Executor ui, Timer timer) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.tones = Objects.requireNonNull(tones, "tones");
    this.serverMayAutoAnswer = serverMayAutoAnswer;
    this.ui = Objects.requireNonNull(ui, "ui");
    this.timer = Objects.requireNonNull(timer, "timer");
  }

  /** Starts following the calls. */
  public void start() {
    if (subscription == null) {
      subscription = calls.control().addCallListener(e -> ui.execute(() -> on(e)));
    }
  }

  /** The desktop's auto-answer is about to answer {@code call}: its answer gets the zip tone. */
  public void autoAnswering(CallEntry call) {
    autoAnswered.add(call.id());
  }

  /** Applies one event; public for tests that drive it directly. JavaFX thread. */
  public void on(CallEvent e) {
    CallId id = e.callId();
    if (e instanceof CallEvent.Incoming) {
      offered((CallEvent.Incoming) e);
    } else if (e instanceof CallEvent.Dialing) {
      stopFailureTone();
      dialled.add(id);
    } else if (e instanceof CallEvent.RemoteRinging) {
      if (((CallEvent.RemoteRinging) e).earlyMedia()) {
        stopRingback(id);
      } else if (!ringback.containsKey(id) && !answered.contains(id)) {
        ringback.put(id, tones.play(CallTone.RINGBACK));
      }
    } else if (e instanceof CallEvent.Answered) {
      stopRingback(id);
      if (answered.add(id) && autoAnswered.remove(id)) {
        tones.play(CallTone.ZIP);
      }
    } else if (e instanceof CallEvent.Ended) {
      ended(id, ((CallEvent.Ended) e).reason());
    }
  }

  /** Stops every tone and following the calls. */
  @Override
  public void close() {
    Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.close();
    }
    ringback.values().forEach(Subscription::close);
    ringback.clear();
    stopFailureTone();
  }

  private void offered(CallEvent.Incoming in) {
    if (serverMayAutoAnswer && AutoAnswerHeaders.askFor(in.headers())) {
      autoAnswered.add(in.callId());
    }
    for (CallEntry other : calls.calls()) {
      if (!other.id().equals(in.callId()) && other.status() == CallStatus.TALKING) {
        tones.play(CallTone.CALL_WAITING);
        return;
      }
    }
  }

  private void ended(CallId id, EndReason reason) {
    stopRingback(id);
    autoAnswered.remove(id);
    boolean wasAnswered = answered.remove(id);
    if (!dialled.remove(id) || wasAnswered) {
      return;
    }
    CallTone tone = failureTone(reason);
    if (tone != null) {
      stopFailureTone();
      Subscription playing = tones.play(tone);
      failure = playing;
      int mine = ++failures;
      timer.after(
          FAILURE_TONE,
          () -> {
            if (mine == failures) {
              stopFailureTone();
            }
          });
    }
  }

  /** The tone for an outgoing call that ended unanswered; null when the agent cancelled it. */
  private static @Nullable CallTone failureTone(EndReason reason) {
    switch (reason) {
      case BUSY:
        return CallTone.BUSY;
      case DECLINED:
      case UNAVAILABLE:
      case TIMEOUT:
      case FAILED:
        return CallTone.ERROR;
      default:
        return null;
    }
  }

  private void stopRingback(CallId id) {
    Subscription s = ringback.remove(id);
    if (s != null) {
      s.close();
    }
  }

  private void stopFailureTone() {
    Subscription s = failure;
    failure = null;
    if (s != null) {
      s.close();
    }
  }
}
