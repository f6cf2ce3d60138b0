package org.switchboard.app.call;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.TransferDirectory;
import org.switchboard.core.call.CallControl;

/**
 * The call panel: the agent's calls from {@link CallsModel} with one active, and what may be done
 * to the active one (answer, hang up, hold or resume, mute, DTMF, transfer blind or after a
 * consult, conference), each allowed only when it applies. Commands go to {@link CallControl};
 * their failures are shown in {@link #messageProperty()}, never thrown. Durations follow {@link
 * #tick()}, which the view calls every second; time comes from the injected clock.
 *
 * <p>Plain {@code javafx.beans}: every method is called on the JavaFX application thread, and
 * command outcomes come back through the {@code ui} executor.
 */
public final class CallPanelViewModel {
  private final CallsModel calls;
  private final CallControl control;
  private final Localizer localizer;
  private final Executor ui;
  private final Clock clock;
  private final ReadOnlyObjectWrapper<Instant> now;
  private final CallRows callRows;
  // One wrapper for everyone: it listens to the list weakly.
  private final ObservableList<CallRow> readOnlyRows;
  private final ReadOnlyObjectWrapper<@Nullable CallRow> activeRow =
      new ReadOnlyObjectWrapper<>(this, "activeRow");
  private final ReadOnlyBooleanWrapper canAnswer = flag("canAnswer");
  private final ReadOnlyBooleanWrapper canHangUp = flag("canHangUp");
  private final ReadOnlyBooleanWrapper canHold = flag("canHold");
  private final ReadOnlyBooleanWrapper holding = flag("holding");
  private final ReadOnlyBooleanWrapper canMute = flag("canMute");
  private final ReadOnlyBooleanWrapper muted = flag("muted");
  private final ReadOnlyBooleanWrapper canDtmf = flag("canDtmf");
  private final ReadOnlyBooleanWrapper keypadOpen = flag("keypadOpen");
  private final ReadOnlyBooleanWrapper canTransfer = flag("canTransfer");
  private final ReadOnlyBooleanWrapper consulting = flag("consulting");
  private final ReadOnlyBooleanWrapper canCompleteTransfer = flag("canCompleteTransfer");
  private final ReadOnlyBooleanWrapper canConference = flag("canConference");
  private final ReadOnlyStringWrapper dtmfSent = new ReadOnlyStringWrapper(this, "dtmfSent", "");
  private final InvalidationListener changed = o -> refresh();
  private final MessageLine message;
  private final TransferViewModel transfer;
  private final Transfers transfers;
  private final BooleanBinding canBlindTransfer;
  private final BooleanBinding canConsult;
  private final BooleanBinding rightToLeft;

  /**
   * @param directory where transfer targets are searched
   * @param ui runs command outcomes and directory answers on the JavaFX thread ({@code
   *     Platform::runLater}; direct in tests)
   * @param clock the time durations are measured with
   */
  public CallPanelViewModel(
      CallsModel calls,
      TransferDirectory directory,
      Localizer localizer,
      Executor ui,
      Clock clock) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.control = calls.control();
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.now = new ReadOnlyObjectWrapper<>(this, "now", clock.instant());
    this.message = new MessageLine(localizer);
    this.transfer = new TransferViewModel(directory, ui);
    this.transfers = new Transfers(calls, ui, message, this::refresh);
    this.callRows =
        new CallRows(
            calls.calls(), localizer, now.getReadOnlyProperty(), changed, transfers::progressed);
    this.readOnlyRows = FXCollections.unmodifiableObservableList(callRows.rows());
    canBlindTransfer =
        Bindings.createBooleanBinding(
            () -> canTransfer.get() && transfer.targetAvailableProperty().get(),
            canTransfer,
            transfer.targetAvailableProperty());
    canConsult =
        Bindings.createBooleanBinding(
            () -> canTransfer.get() && transfer.hasTargetProperty().get(),
            canTransfer,
            transfer.hasTargetProperty());
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
    calls.calls().addListener((ListChangeListener<CallEntry>) c -> syncRows());
    calls.activeProperty().addListener((o, old, active) -> activeChanged());
    calls.onEnded(transfers::ended);
    syncRows();
  }

  private ReadOnlyBooleanWrapper flag(String name) {
    return new ReadOnlyBooleanWrapper(this, name);
  }

  /** The calls, oldest first. */
  public ObservableList<CallRow> rows() {
    return readOnlyRows;
  }

  /** The active call's row; null without calls. */
  public ReadOnlyObjectProperty<@Nullable CallRow> activeRowProperty() {
    return activeRow.getReadOnlyProperty();
  }

  /** Makes {@code row}'s call the active one (the agent chose it in the list). */
  public void select(CallRow row) {
    calls.select(row.entry());
  }

  /** Moves the durations on; called by the view's one-second timer. */
  public void tick() {
    now.set(clock.instant());
  }

  /** Answers the active call while it rings; a call the agent talks on is held first. */
  public void answer() {
    CallEntry call = calls.active();
    if (call == null || call.status() != CallStatus.RINGING) {
      return;
    }
    message.clear();
    holdOthers(call);
    run("answer", control.answer(call.id()));
  }

  /** Ends the active call (rejects it while it rings). */
  public void hangUp() {
    CallEntry call = calls.active();
    if (call != null) {
      message.clear();
      run("hangUp", control.hangup(call.id()));
    }
  }

  /** Holds the active call, or takes it off hold (holding whichever call talked meanwhile). */
  public void toggleHold() {
    CallEntry call = calls.active();
    if (call == null || !canHold.get()) {
      return;
    }
    message.clear();
    if (call.status() == CallStatus.HELD) {
      holdOthers(call);
      run("resume", control.resume(call.id()));
    } else {
      run("hold", control.hold(call.id()));
    }
  }

  /** Mutes or unmutes the microphone on the active call. */
  public void toggleMute() {
    CallEntry call = calls.active();
    if (call == null || !canMute.get()) {
      return;
    }
    message.clear();
    boolean mute = !call.mutedProperty().get();
    run(mute ? "mute" : "unmute", control.mute(call.id(), mute));
  }

  /** Shows or hides the DTMF keypad. */
  public void toggleKeypad() {
    keypadOpen.set(!keypadOpen.get());
  }

  /** Sends one DTMF digit ({@code 0-9 * #}) on the active call while it talks. */
  public void sendDtmf(char key) {
    CallEntry call = calls.active();
    if (call == null || !canDtmf.get() || Keypad.KEYS.indexOf(key) < 0) {
      return;
    }
    dtmfSent.set(dtmfSent.get() + key);
    run("dtmf", control.sendDtmf(call.id(), String.valueOf(key)));
  }

  /** Opens the transfer pane for the active call. */
  public void openTransfer() {
    if (canTransfer.get()) {
      message.clear();
      transfer.open();
    }
  }

  /** Closes the transfer pane without transferring. */
  public void closeTransfer() {
    transfer.close();
  }

  /** Sends the active call to the chosen target and lets go of it (blind transfer). */
  public void blindTransfer() {
    CallEntry call = calls.active();
    TransferTargetRow target = transfer.selectedProperty().get();
    if (call == null || target == null || !canBlindTransfer.get()) {
      return;
    }
    transfer.close();
    transfers.blind(call, target);
    refresh();
  }

  /** Holds the active call and dials the chosen target, to talk first (consult). */
  public void consult() {
    CallEntry call = calls.active();
    TransferTargetRow target = transfer.selectedProperty().get();
    if (call == null || target == null || !canConsult.get()) {
      return;
    }
    transfer.close();
    transfers.consult(call, target);
    refresh();
  }

  /** Joins the held caller to the consulted party (attended transfer). */
  public void completeTransfer() {
    if (canCompleteTransfer.get()) {
      transfers.complete();
      refresh();
    }
  }

  /** Joins the two calls (the consultation, or the only two the agent has) in a conference. */
  public void conference() {
    List<CallEntry> pair = transfers.conferencePair();
    if (canConference.get() && pair.size() == 2) {
      transfers.conference(pair.get(0).id(), pair.get(1).id());
    }
  }

  /** Hangs up the consult call and takes the caller off hold. */
  public void cancelConsult() {
    transfers.cancelConsult();
    refresh();
  }

  public ReadOnlyBooleanProperty canAnswerProperty() {
    return canAnswer.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canHangUpProperty() {
    return canHangUp.getReadOnlyProperty();
  }

  /** Whether hold/resume applies: the active call is established. */
  public ReadOnlyBooleanProperty canHoldProperty() {
    return canHold.getReadOnlyProperty();
  }

  /** Whether the agent holds the active call (the hold button then resumes). */
  public ReadOnlyBooleanProperty holdingProperty() {
    return holding.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canMuteProperty() {
    return canMute.getReadOnlyProperty();
  }

  /** Whether the active call is muted (the mute button then unmutes). */
  public ReadOnlyBooleanProperty mutedProperty() {
    return muted.getReadOnlyProperty();
  }

  /** Whether DTMF can be sent: the active call talks. */
  public ReadOnlyBooleanProperty canDtmfProperty() {
    return canDtmf.getReadOnlyProperty();
  }

  /** Whether the agent opened the keypad; it is shown only while DTMF can be sent. */
  public ReadOnlyBooleanProperty keypadOpenProperty() {
    return keypadOpen.getReadOnlyProperty();
  }

  /** The digits sent on the active call since it became active. */
  public ReadOnlyStringProperty dtmfSentProperty() {
    return dtmfSent.getReadOnlyProperty();
  }

  /** Whether the transfer pane may open: the active call is established and not already moving. */
  public ReadOnlyBooleanProperty canTransferProperty() {
    return canTransfer.getReadOnlyProperty();
  }

  /** Whether a blind transfer to the chosen target may start. */
  public ObservableBooleanValue canBlindTransferProperty() {
    return canBlindTransfer;
  }

  /** Whether a consult call to the chosen target may start. */
  public ObservableBooleanValue canConsultProperty() {
    return canConsult;
  }

  /** Whether a consultation is under way (it can be completed, conferenced or cancelled). */
  public ReadOnlyBooleanProperty consultingProperty() {
    return consulting.getReadOnlyProperty();
  }

  /** Whether the consultation may be completed: both of its calls are established. */
  public ReadOnlyBooleanProperty canCompleteTransferProperty() {
    return canCompleteTransfer.getReadOnlyProperty();
  }

  /** Whether two established calls can be joined in a conference. */
  public ReadOnlyBooleanProperty canConferenceProperty() {
    return canConference.getReadOnlyProperty();
  }

  /** The transfer pane. */
  public TransferViewModel transfer() {
    return transfer;
  }

  /** The message line: the outcome of the last command, or why it failed; empty when none. */
  public ObservableStringValue messageProperty() {
    return message.textProperty();
  }

  /** Whether the message reports a problem. */
  public ObservableBooleanValue messageIsProblemProperty() {
    return message.problemProperty();
  }

  /** Whether the language is written right to left (the panel mirrors, numbers do not). */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  /** The texts, for the view. */
  Localizer localizer() {
    return localizer;
  }

  private void syncRows() {
    now.set(clock.instant());
    callRows.sync();
    refresh();
  }

  private void activeChanged() {
    dtmfSent.set("");
    refresh();
  }

  /** Decides what applies now. Called after every change of the calls or of a command. */
  private void refresh() {
    CallEntry call = calls.active();
    CallRow row = call == null ? null : callRows.of(call);
    if (row == null) {
      call = null; // it ended; the model is about to choose another
    }
    CallStatus status = call == null ? null : call.status();
    boolean established = status != null && status.established();
    activeRow.set(row);
    canAnswer.set(status == CallStatus.RINGING);
    canHangUp.set(call != null);
    Transfers.Consultation c = transfers.consultation();
    // A consult the service hosts runs on this very call: holding it would cut the agent off.
    boolean hostedHere = c != null && c.hosted() && call != null && c.first().equals(call.id());
    canHold.set(established && !hostedHere);
    holding.set(status == CallStatus.HELD);
    canMute.set(established);
    muted.set(call != null && call.mutedProperty().get());
    canDtmf.set(status == CallStatus.TALKING);
    canTransfer.set(
        call != null
            && established
            && !transfers.consulting()
            && !transfers.transferring(call.id()));
    consulting.set(c != null);
    canCompleteTransfer.set(transfers.canComplete());
    canConference.set(transfers.conferencePair().size() == 2);
    if (!canTransfer.get() && transfer.isOpen()) {
      transfer.close();
    }
  }

  /** Holds every call the agent talks on except {@code keep} and calls in a conference. */
  private void holdOthers(CallEntry keep) {
    for (CallEntry other : List.copyOf(calls.calls())) {
      if (other != keep
          && other.status() == CallStatus.TALKING
          && other.conferencedWithProperty().get() == null) {
        run("hold", control.hold(other.id()));
      }
    }
  }

  private void run(String action, CompletableFuture<Void> command) {
    command.whenComplete(
        (v, failure) -> {
          if (failure != null) {
            ui.execute(
                () -> {
                  message.failed(action, failure);
                  refresh();
                });
          }
        });
  }
}
