package org.switchboard.app.call;

import java.time.Clock;
import java.util.List;
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

  /** The call the agent is dealing with: talking, else the newest ringing, else the newest. */
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
   * Calls {@code listener} on the UI thread with every inbound call the moment it is offered,
   * before it is added to the list's listeners' view of it settles.
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
    if (e instanceof CallEvent.Incoming) {
      CallEvent.Incoming in = (CallEvent.Incoming) e;
      CallEntry entry =
          new CallEntry(
              e.callId(), CallDirection.INBOUND, in.caller(), in.headers(), clock.instant());
      calls.add(entry);
      chooseActive();
      offeredListeners.forEach(l -> l.accept(entry));
      return;
    }
    if (e instanceof CallEvent.Dialing) {
      CallEntry entry =
          new CallEntry(
              e.callId(),
              CallDirection.OUTBOUND,
              ((CallEvent.Dialing) e).callee(),
              java.util.Map.of(),
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
        active.set(null);
      }
    }
    if (e instanceof CallEvent.Answered || e instanceof CallEvent.Resumed || over) {
      if (!over && (active.get() == null || active.get().status() != CallStatus.TALKING)) {
        active.set(entry);
      }
      chooseActive();
    }
    if (over) {
      endedListeners.forEach(l -> l.accept(entry));
    }
  }

  private void chooseActive() {
    CallEntry current = active.get();
    if (current != null && calls.contains(current) && current.status() == CallStatus.TALKING) {
      return;
    }
    CallEntry best = null;
    for (CallEntry c : calls) {
      if (c.status() == CallStatus.TALKING) {
        best = c;
        break;
      }
      if (c.status() == CallStatus.RINGING || best == null) {
        best = c;
      }
    }
    active.set(best);
  }
}
