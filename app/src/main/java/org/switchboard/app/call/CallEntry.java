package org.switchboard.app.call;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.RemoteParty;

/**
 * One call as the screens see it. Its properties change only on the JavaFX application thread,
 * driven by {@link CallsModel}.
 */
public final class CallEntry {
  private final CallId id;
  private final CallDirection direction;
  private final RemoteParty remote;
  private final Map<String, String> headers;
  private final Instant started;
  private final ReadOnlyObjectWrapper<CallStatus> status;
  private final ReadOnlyObjectWrapper<@Nullable Instant> answered =
      new ReadOnlyObjectWrapper<>(this, "answered");
  private final ReadOnlyObjectWrapper<@Nullable Instant> ended =
      new ReadOnlyObjectWrapper<>(this, "ended");
  private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper(this, "muted");
  private final ReadOnlyBooleanWrapper earlyMedia = new ReadOnlyBooleanWrapper(this, "earlyMedia");
  private final ReadOnlyObjectWrapper<@Nullable CallQuality> quality =
      new ReadOnlyObjectWrapper<>(this, "quality");
  private final ReadOnlyObjectWrapper<@Nullable Integer> transferStatus =
      new ReadOnlyObjectWrapper<>(this, "transferStatus");
  private final ReadOnlyObjectWrapper<@Nullable CallId> conferencedWith =
      new ReadOnlyObjectWrapper<>(this, "conferencedWith");
  private @Nullable EndReason endReason;
  private int endStatus;
  private boolean localHold;
  private boolean remoteHold;
  private HoldSide lastHold = HoldSide.LOCAL;

  CallEntry(
      CallId id,
      CallDirection direction,
      RemoteParty remote,
      Map<String, String> headers,
      Instant started) {
    this.id = Objects.requireNonNull(id, "id");
    this.direction = Objects.requireNonNull(direction, "direction");
    this.remote = Objects.requireNonNull(remote, "remote");
    this.headers = Map.copyOf(headers);
    this.started = Objects.requireNonNull(started, "started");
    this.status =
        new ReadOnlyObjectWrapper<>(
            this,
            "status",
            direction == CallDirection.INBOUND ? CallStatus.RINGING : CallStatus.DIALING);
  }

  public CallId id() {
    return id;
  }

  public CallDirection direction() {
    return direction;
  }

  /** The other party; untrusted text, shown through {@code SanitizedText}. */
  public RemoteParty remote() {
    return remote;
  }

  /** The INVITE's extension headers of an inbound call; empty for outbound calls. */
  public Map<String, String> headers() {
    return headers;
  }

  /** When the call was offered or dialled. */
  public Instant started() {
    return started;
  }

  public ReadOnlyObjectProperty<CallStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  public CallStatus status() {
    return status.get();
  }

  /** When the call was answered; null until then, and for calls never answered. */
  public ReadOnlyObjectProperty<@Nullable Instant> answeredProperty() {
    return answered.getReadOnlyProperty();
  }

  public @Nullable Instant answeredAt() {
    return answered.get();
  }

  public ReadOnlyObjectProperty<@Nullable Instant> endedProperty() {
    return ended.getReadOnlyProperty();
  }

  public @Nullable Instant endedAt() {
    return ended.get();
  }

  public ReadOnlyBooleanProperty mutedProperty() {
    return muted.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty earlyMediaProperty() {
    return earlyMedia.getReadOnlyProperty();
  }

  /** The latest quality measure; null until media has been measured. */
  public ReadOnlyObjectProperty<@Nullable CallQuality> qualityProperty() {
    return quality.getReadOnlyProperty();
  }

  /** The SIP status of a transfer's progress (2xx: done); null when no transfer was asked. */
  public ReadOnlyObjectProperty<@Nullable Integer> transferStatusProperty() {
    return transferStatus.getReadOnlyProperty();
  }

  /** The call this one is in a conference with, if any. */
  public ReadOnlyObjectProperty<@Nullable CallId> conferencedWithProperty() {
    return conferencedWith.getReadOnlyProperty();
  }

  /** Why the call ended; null while it lasts. */
  public @Nullable EndReason endReason() {
    return endReason;
  }

  /** The final SIP status that ended it, 0 when none applies. */
  public int endStatus() {
    return endStatus;
  }

  /** Whether the call was ever answered (it may have ended since). */
  public boolean wasAnswered() {
    return answered.get() != null;
  }

  /**
   * A new transfer of this call was asked for: the progress of an earlier one is forgotten, so the
   * new one's statuses are all seen even when they repeat the old ones. Called on the UI thread.
   */
  void transferAsked() {
    transferStatus.set(null);
  }

  /** Applies one event; returns whether the call is now over. Called on the UI thread. */
  boolean apply(CallEvent e, Instant now) {
    if (e instanceof CallEvent.RemoteRinging) {
      status.set(CallStatus.REMOTE_RINGING);
      earlyMedia.set(((CallEvent.RemoteRinging) e).earlyMedia());
    } else if (e instanceof CallEvent.Answered) {
      if (answered.get() == null) {
        answered.set(now);
      }
      status.set(holdStatus());
    } else if (e instanceof CallEvent.Held) {
      held(((CallEvent.Held) e).side());
    } else if (e instanceof CallEvent.Resumed) {
      resumed();
    } else if (e instanceof CallEvent.Muted) {
      muted.set(((CallEvent.Muted) e).muted());
    } else if (e instanceof CallEvent.QualityChanged) {
      quality.set(((CallEvent.QualityChanged) e).quality());
    } else if (e instanceof CallEvent.TransferProgress) {
      transferStatus.set(((CallEvent.TransferProgress) e).status());
    } else if (e instanceof CallEvent.TransferFailed) {
      // A failure the target never reported (REFER refused, no NOTIFY in time) shows too.
      transferStatus.set(((CallEvent.TransferFailed) e).status());
    } else if (e instanceof CallEvent.Conferenced) {
      conferencedWith.set(((CallEvent.Conferenced) e).other());
      // The conference takes both calls off this side's hold.
      localHold = false;
      status.set(holdStatus());
    } else if (e instanceof CallEvent.Ended) {
      CallEvent.Ended end = (CallEvent.Ended) e;
      endReason = end.reason();
      endStatus = end.sipStatus();
      ended.set(now);
      status.set(CallStatus.ENDED);
      return true;
    }
    return false;
  }

  private void held(HoldSide side) {
    if (side == HoldSide.LOCAL) {
      localHold = true;
    } else {
      remoteHold = true;
    }
    lastHold = side;
    status.set(holdStatus());
  }

  /**
   * Either side took the call off hold. The event does not say which: when only one side holds,
   * that one; when both do, the side that held last (a guess, until the event names its side).
   */
  private void resumed() {
    if (localHold && remoteHold) {
      if (lastHold == HoldSide.LOCAL) {
        localHold = false;
      } else {
        remoteHold = false;
      }
    } else {
      localHold = false;
      remoteHold = false;
    }
    status.set(holdStatus());
  }

  /**
   * The status of an established call: held by this side first, then by the other, else talking.
   */
  private CallStatus holdStatus() {
    if (localHold) {
      return CallStatus.HELD;
    }
    return remoteHold ? CallStatus.HELD_BY_REMOTE : CallStatus.TALKING;
  }

  @Override
  public String toString() {
    return "CallEntry[" + id + ", " + direction + ", " + remote + ", " + status.get() + "]";
  }
}
