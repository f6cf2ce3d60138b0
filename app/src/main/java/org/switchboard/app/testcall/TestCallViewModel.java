package org.switchboard.app.testcall;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.switchboard.app.i18n.Localizer;

/**
 * The test call window's state: the target (a contact centre's entry number, editable), a call
 * button, the keypad for the IVR's menu, a hang-up button and the call's status in the agent's
 * language (calling, connected = in the IVR or queue, ended with the reason). One call at a time; a
 * new call can follow an ended one. Plain {@code javafx.beans}; every method is called on the
 * JavaFX application thread, and the phone's events are moved there through {@code ui}.
 */
public final class TestCallViewModel {
  /** Where the call is. */
  public enum State {
    /** No call yet. */
    IDLE,
    /** Dialled, not answered yet. */
    CALLING,
    /** The centre answered: in its IVR or queue, or with an agent. */
    CONNECTED,
    /** Over; the status says why. */
    ENDED
  }

  private final CustomerPhone phone;
  private final Localizer text;
  private final Executor ui;
  private final StringProperty target = new SimpleStringProperty(this, "target");
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
  private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper(this, "digits", "");
  // The status as a key and its argument, so that it follows a change of language.
  private final ReadOnlyStringWrapper statusKey =
      new ReadOnlyStringWrapper(this, "statusKey", "testcall.status.idle");
  private final ReadOnlyStringWrapper statusArgument = new ReadOnlyStringWrapper("");
  private final StringBinding status;
  private final BooleanBinding canDial = Bindings.createBooleanBinding(() -> !callUp(), state);
  private final BooleanBinding rightToLeft;
  // Counts calls, so that a late event of an earlier call never changes a later one's status.
  private int call;

  /**
   * @param initialTarget the address shown at first, e.g. the local centre's entry number
   * @param ui runs the phone's events on the JavaFX application thread
   */
  public TestCallViewModel(
      CustomerPhone phone, TestCallTarget initialTarget, Localizer text, Executor ui) {
    this.phone = Objects.requireNonNull(phone, "phone");
    this.text = Objects.requireNonNull(text, "text");
    this.ui = Objects.requireNonNull(ui, "ui");
    target.set(initialTarget.uri());
    status =
        Bindings.createStringBinding(
            () -> this.text.get(statusKey.get(), statusArgument.get()),
            statusKey,
            statusArgument,
            text.languageProperty());
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> this.text.language().rightToLeft(), text.languageProperty());
  }

  /** Calls the target as a customer; refused (with the reason as status) while a call is up. */
  public void dial() {
    if (callUp()) {
      return;
    }
    TestCallTarget to;
    try {
      to = TestCallTarget.parse(target.get() == null ? "" : target.get());
    } catch (IllegalArgumentException e) {
      show(State.ENDED, "testcall.status.badTarget", String.valueOf(target.get()));
      return;
    }
    int thisCall = ++call;
    digits.set("");
    show(State.CALLING, "testcall.status.calling", to.uri());
    phone.dial(to, new Events(thisCall));
  }

  /** Sends {@code key} to the centre (the IVR's menu, an account number); only while connected. */
  public void press(char key) {
    if (state.get() != State.CONNECTED) {
      return;
    }
    digits.set(digits.get() + key);
    phone.sendDigit(key);
  }

  /** Hangs up (or cancels a call still ringing). */
  public void hangUp() {
    if (callUp()) {
      phone.hangUp();
    }
  }

  /** The address to call, editable between calls. */
  public StringProperty targetProperty() {
    return target;
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** The keys sent in this call, e.g. {@code 12}. */
  public ReadOnlyStringProperty digitsProperty() {
    return digits.getReadOnlyProperty();
  }

  /** The call's status in the current language. */
  public ObservableStringValue statusProperty() {
    return status;
  }

  /** Whether the Call button works: no call is up. */
  public ObservableBooleanValue canDialProperty() {
    return canDial;
  }

  /** Whether the keypad works: the centre answered. */
  public ObservableBooleanValue connectedProperty() {
    return state.isEqualTo(State.CONNECTED);
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  private boolean callUp() {
    return state.get() == State.CALLING || state.get() == State.CONNECTED;
  }

  private void show(State now, String key, String argument) {
    statusArgument.set(argument);
    statusKey.set(key);
    state.set(now);
  }

  /** One call's events, moved to the JavaFX thread and dropped once a later call started. */
  private final class Events implements CustomerPhone.Listener {
    private final int forCall;

    Events(int forCall) {
      this.forCall = forCall;
    }

    @Override
    public void connected() {
      ui.execute(
          () -> {
            if (forCall == call && state.get() == State.CALLING) {
              show(State.CONNECTED, "testcall.status.connected", "");
            }
          });
    }

    @Override
    public void ended(CustomerPhone.EndKind kind, String reason) {
      ui.execute(
          () -> {
            if (forCall == call && state.get() != State.ENDED) {
              show(State.ENDED, endKey(kind), reason);
            }
          });
    }
  }

  private static String endKey(CustomerPhone.EndKind kind) {
    switch (kind) {
      case HUNG_UP:
        return "testcall.status.hungUp";
      case CENTRE_HUNG_UP:
        return "testcall.status.centreHungUp";
      case REFUSED:
        return "testcall.status.refused";
      case NO_ANSWER:
        return "testcall.status.noAnswer";
      default:
        return "testcall.status.failed";
    }
  }
}
