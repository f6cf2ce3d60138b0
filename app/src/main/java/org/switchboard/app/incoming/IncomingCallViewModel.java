package org.switchboard.app.incoming;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallStatus;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;

/**
 * The incoming-call notification's state: one {@link IncomingCall} per ringing inbound call, the
 * newest first, each leaving as soon as its call stops ringing (answered here or elsewhere,
 * rejected, cancelled by the caller). The {@link Ringer} rings while some call rings that the agent
 * has not yet answered or rejected.
 *
 * <p>Fed by {@link CallsModel} (offers and each call's status, on the UI thread) and by the {@link
 * AgentSession}'s snapshots (queue, wait and data of the offer; on the session's thread, hopped
 * through {@code ui}). Every method is called, and every property changes, on the JavaFX
 * application thread. Plain {@code javafx.beans}: no toolkit needed.
 */
public final class IncomingCallViewModel implements AutoCloseable {
  private final CallsModel calls;
  private final AgentSession session;
  private final CallerSummary summaries;
  private final Ringer ringer;
  private final Localizer localizer;
  private final Executor ui;
  private final Clock clock;
  private final ObservableList<IncomingCall> ringingCalls = FXCollections.observableArrayList();
  private final ObservableList<IncomingCall> readOnlyCalls =
      FXCollections.unmodifiableObservableList(ringingCalls);
  private final IdentityHashMap<IncomingCall, ChangeListener<CallStatus>> statusListeners =
      new IdentityHashMap<>();
  private final ReadOnlyBooleanWrapper ringing = new ReadOnlyBooleanWrapper(this, "ringing");
  private final InvalidationListener busyChanged = o -> updateRinging();
  private final InvalidationListener languageChanged = o -> tick();
  private final BooleanBinding showing = Bindings.isNotEmpty(ringingCalls);
  private final StringBinding title;
  private final BooleanBinding rightToLeft;
  private final List<Subscription> subscriptions = new ArrayList<>();
  private @Nullable Offer lastOffer;

  /**
   * @param calls the shared calls model; its {@code control()} answers and rejects
   * @param session the agent's session, for the offer's queue, wait and data
   * @param summaries the customer card's one-line summary per call ({@link CustomerCardSummary})
   * @param ringer rings while a call rings ({@link org.switchboard.app.tones.ToneRinger})
   * @param ui hops to the JavaFX thread ({@code Platform::runLater}; direct in tests)
   * @param clock for the wait time
   */
  public IncomingCallViewModel(
      CallsModel calls,
      AgentSession session,
      CallerSummary summaries,
      Ringer ringer,
      Localizer localizer,
      Executor ui,
      Clock clock) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.session = Objects.requireNonNull(session, "session");
    this.summaries = Objects.requireNonNull(summaries, "summaries");
    this.ringer = Objects.requireNonNull(ringer, "ringer");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.clock = Objects.requireNonNull(clock, "clock");
    title =
        Bindings.createStringBinding(
            () ->
                ringingCalls.size() <= 1
                    ? localizer.get("incoming.title")
                    : localizer.get("incoming.title.several", ringingCalls.size()),
            ringingCalls,
            localizer.languageProperty());
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
  }

  /** Starts following offers; calls already ringing are shown at once. */
  public void start() {
    if (!subscriptions.isEmpty()) {
      return;
    }
    subscriptions.add(calls.onOffered(this::offered));
    subscriptions.add(session.addListener(s -> ui.execute(() -> offerChanged(s.offer()))));
    localizer.languageProperty().addListener(languageChanged);
    subscriptions.add(() -> localizer.languageProperty().removeListener(languageChanged));
    offerChanged(session.snapshot().offer());
    for (CallEntry entry : calls.calls()) {
      offered(entry);
    }
  }

  /** Stops following offers, empties the notification and silences the ringer. */
  @Override
  public void close() {
    subscriptions.forEach(Subscription::close);
    subscriptions.clear();
    for (IncomingCall call : List.copyOf(ringingCalls)) {
      remove(call);
    }
    ringer.stop();
  }

  /** The ringing calls, newest first. */
  public ObservableList<IncomingCall> calls() {
    return readOnlyCalls;
  }

  /** Whether the notification should be on screen: some call rings. */
  public ObservableBooleanValue showingProperty() {
    return showing;
  }

  /** Whether the ringer rings: some call rings that was neither answered nor rejected yet. */
  public ReadOnlyBooleanProperty ringingProperty() {
    return ringing.getReadOnlyProperty();
  }

  /** "Incoming call", or "Incoming calls: 3". */
  public ObservableStringValue titleProperty() {
    return title;
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  /** Refreshes the wait times; the view calls this every second while the notification shows. */
  public void tick() {
    ringingCalls.forEach(IncomingCall::refreshWaited);
  }

  /** The ringing call with {@code id}, if any. */
  public @Nullable IncomingCall find(CallId id) {
    for (IncomingCall c : ringingCalls) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return null;
  }

  /**
   * A made-up ringing call that is not in the list and never acts, for the view to build and style
   * one card ahead of the first real call (loading classes, skins, styles and fonts early).
   */
  IncomingCall sample() {
    CallsModel scratch = new CallsModel(calls.control(), Runnable::run, clock);
    CallId id = new CallId("sample");
    scratch.apply(
        new CallEvent.Incoming(
            id,
            new RemoteParty(
                "sip:+4930901820@example.com", "Sample", new PhoneNumber("+4930901820")),
            Map.of()));
    CallEntry entry = Objects.requireNonNull(scratch.find(id));
    IncomingCall call =
        new IncomingCall(
            entry, calls.control(), new ReadOnlyStringWrapper("…"), localizer, ui, clock);
    call.offer(new Offer(id, "sample", "Sample", Duration.ZERO, Map.of()));
    return call;
  }

  private void offered(CallEntry entry) {
    if (entry.direction() != CallDirection.INBOUND
        || entry.status() != CallStatus.RINGING
        || find(entry.id()) != null) {
      return;
    }
    IncomingCall call =
        new IncomingCall(entry, calls.control(), summaries.of(entry.id()), localizer, ui, clock);
    Offer o = lastOffer;
    if (o != null && entry.id().equals(o.call())) {
      call.offer(o);
    }
    ChangeListener<CallStatus> statusChanged =
        (obs, was, now) -> {
          if (now != CallStatus.RINGING) {
            remove(call);
          }
        };
    statusListeners.put(call, statusChanged);
    entry.statusProperty().addListener(statusChanged);
    call.busyProperty().addListener(busyChanged);
    ringingCalls.add(0, call);
    updateRinging();
  }

  private void offerChanged(@Nullable Offer offer) {
    lastOffer = offer;
    CallId id = offer == null ? null : offer.call();
    IncomingCall call = id == null ? null : find(id);
    if (call != null && offer != null) {
      call.offer(offer);
    }
  }

  private void remove(IncomingCall call) {
    ChangeListener<CallStatus> l = statusListeners.remove(call);
    if (l != null) {
      call.entry().statusProperty().removeListener(l);
    }
    call.busyProperty().removeListener(busyChanged);
    ringingCalls.remove(call);
    updateRinging();
  }

  private void updateRinging() {
    boolean should = ringingCalls.stream().anyMatch(c -> !c.busyProperty().get());
    if (should == ringing.get()) {
      return;
    }
    ringing.set(should);
    if (should) {
      ringer.start();
    } else {
      ringer.stop();
    }
  }
}
