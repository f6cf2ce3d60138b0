package org.switchboard.app.call;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;

/**
 * The agent's calls, for every screen: the live ones in order of arrival, the active one (the call
 * the agent talks on, or the newest ringing one), and a notice for each call that ends. Fed by
 * {@link CallControl}'s events, hopped to the UI through the {@code ui} executor; everything else
 * happens on the JavaFX application thread.
 */
public final class CallsModel {
  private final CallControl control;
  private final Executor ui;
  private final Clock clock;
  private final ObservableList<CallEntry> calls = FXCollections.observableArrayList();
  private final ObservableList<CallEntry> readOnlyCalls =
      FXCollections.unmodifiableObservableList(calls);
  private final ReadOnlyObjectWrapper<@Nullable CallEntry> active =
      new ReadOnlyObjectWrapper<>(this, "active");
  private final List<Consumer<CallEntry>> endedListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<CallEntry>> offeredListeners = new CopyOnWriteArrayList<>();
  private @Nullable Subscription subscription;

  public CallsModel(CallControl control, Executor ui, Clock clock) {
    this.control = Objects.requireNonNull(control, "control");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts following the calls. */
  public void start() {
    if (subscription == null) {
      subscription = control.addCallListener(e -> ui.execute(() -> apply(e)));
    }
  }

  /** Stops following the calls. */
  public void stop() {
    Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.close();
    }
  }

  /** The commands, for view models that act on calls. */
  public CallControl control() {
    return control;
  }

  /** The live calls, oldest first; ended calls leave the list. */
  public ObservableList<CallEntry> calls() {
    return readOnlyCalls;
  }

  /**
   * The call the agent is dealing with: the one they selected, dialled or answered last (or that
   * came off hold while nothing else was talking); a newly offered call when the agent is not busy
   * on another (nothing active, or the active call rings or is held by the agent). When the active
   * call ends: a talking call, else the newest ringing one, else the newest; null without calls.
   */
  public ReadOnlyObjectProperty<@Nullable CallEntry> activeProperty() {
    return active.getReadOnlyProperty();
  }

  public @Nullable CallEntry active() {
    return active.get();
  }

  /** The live call with {@code id}, if any. */
  public @Nullable CallEntry find(CallId id) {
    for (CallEntry c : calls) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** Makes {@code call} the active one (e.g. the agent selected it in the list). */
  public void select(CallEntry call) {
    if (calls.contains(call)) {
      active.set(call);
    }
  }

  /**
   * Calls {@code listener} on the UI thread with every inbound call the moment it is offered, just
   * after it joined {@link #calls()}.
   */
  public Subscription onOffered(Consumer<CallEntry> listener) {
    offeredListeners.add(listener);
    return () -> offeredListeners.remove(listener);
  }

  /** Calls {@code listener} on the UI thread with every call that ends, after it left the list. */
  public Subscription onEnded(Consumer<CallEntry> listener) {
    endedListeners.add(listener);
    return () -> endedListeners.remove(listener);
  }

  /** Applies one event. Called on the UI thread; public for tests that drive the model directly. */
  public void apply(CallEvent e) {
    boolean starts = e instanceof CallEvent.Incoming || e instanceof CallEvent.Dialing;
    if (starts && find(e.callId()) != null) {
      return; // a repeated start must not list the call twice
    }
    if (e instanceof CallEvent.Incoming) {
      offered((CallEvent.Incoming) e);
      return;
    }
    if (e instanceof CallEvent.Dialing) {
      CallEntry entry =
          new CallEntry(
              e.callId(),
              CallDirection.OUTBOUND,
              ((CallEvent.Dialing) e).callee(),
              Map.of(),
              clock.instant());
      calls.add(entry);
      active.set(entry);
      return;
    }
    CallEntry entry = find(e.callId());
    if (entry == null) {
      return;
    }
    boolean over = entry.apply(e, clock.instant());
    if (over) {
      calls.remove(entry);
      if (active.get() == entry) {
        active.set(fallback());
      }
      endedListeners.forEach(l -> l.accept(entry));
    } else if (e instanceof CallEvent.Answered) {
      // The agent answered it, or the callee of the agent's own call did: either way it is the
      // call the agent now talks on.
      active.set(entry);
    } else if (e instanceof CallEvent.Resumed && entry.status() == CallStatus.TALKING) {
      CallEntry current = active.get();
      if (current == null || current.status() != CallStatus.TALKING) {
        active.set(entry);
      }
    }
  }

  private void offered(CallEvent.Incoming in) {
    CallEntry entry =
        new CallEntry(
            in.callId(), CallDirection.INBOUND, in.caller(), in.headers(), clock.instant());
    calls.add(entry);
    CallEntry current = active.get();
    // A new ringing call comes to the front unless the agent is busy on (or placing) another.
    if (current == null
        || current.status() == CallStatus.RINGING
        || current.status() == CallStatus.HELD) {
      active.set(entry);
    }
    offeredListeners.forEach(l -> l.accept(entry));
  }

  /** After the active call ended: a talking call, else the newest ringing one, else the newest. */
  private @Nullable CallEntry fallback() {
    CallEntry talking = null;
    CallEntry ringing = null;
    CallEntry newest = null;
    for (CallEntry c : calls) {
      if (c.status() == CallStatus.TALKING && talking == null) {
        talking = c;
      }
      if (c.status() == CallStatus.RINGING) {
        ringing = c;
      }
      newest = c;
    }
    if (talking != null) {
      return talking;
    }
    return ringing != null ? ringing : newest;
  }
}
