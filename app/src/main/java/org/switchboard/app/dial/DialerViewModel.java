package org.switchboard.app.dial;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.switchboard.core.call.PhoneNumber;

/**
 * The dialler's state and decisions: the number field's text, the hint showing what will be dialled
 * ({@code +49 30 1234567}), the error when it cannot be, the call button, redial and the keypad.
 * Dials through {@link CallsModel#control()}; the answer comes back through the {@code ui}
 * executor. Plain {@code javafx.beans}; every method is called on the JavaFX application thread.
 */
public final class DialerViewModel implements LinkConfirmationViewModel.Dialler {
  /** Longest text the number field takes. */
  public static final int MAX_INPUT = DialLink.MAX_LENGTH;

  /** Left-to-right isolate and pop: a number inside right-to-left text keeps its order. */
  static final char LRI = '\u2066';

  static final char PDI = '\u2069';

  private final CallsModel calls;
  private final NumberNormaliser normaliser;
  private final Localizer localizer;
  private final Executor ui;
  private final StringProperty number = new SimpleStringProperty(this, "number", "");
  private final ReadOnlyStringWrapper lastDialled =
      new ReadOnlyStringWrapper(this, "lastDialled", "");
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
  private final BooleanProperty attempted = new SimpleBooleanProperty(this, "attempted");
  private final ObjectBinding<DialTarget> target;
  private final StringBinding hint;
  private final StringBinding error;
  private final BooleanBinding canDial;
  private final BooleanBinding canRedial;
  private final StringBinding redialText;
  private final BooleanBinding rightToLeft;

  /**
   * @param normaliser reads numbers in the account's (or the locale's) region
   * @param ui runs the answers of {@code dial} on the JavaFX thread ({@code Platform::runLater};
   *     direct in tests)
   */
  public DialerViewModel(
      CallsModel calls, NumberNormaliser normaliser, Localizer localizer, Executor ui) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    this.ui = Objects.requireNonNull(ui, "ui");
    target = Bindings.createObjectBinding(() -> normaliser.normalise(number.get()), number);
    hint = Bindings.createStringBinding(this::hintText, target, localizer.languageProperty());
    error =
        Bindings.createStringBinding(
            this::errorText, target, attempted, failure, localizer.languageProperty());
    canDial = Bindings.createBooleanBinding(() -> !number.get().isBlank(), number);
    canRedial = Bindings.createBooleanBinding(() -> !lastDialled.get().isEmpty(), lastDialled);
    redialText =
        Bindings.createStringBinding(
            () ->
                lastDialled.get().isEmpty()
                    ? localizer.get("dial.redial")
                    : localizer.get("dial.redial.to", isolated(lastDialled.get())),
            lastDialled,
            localizer.languageProperty());
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
    number.addListener(
        (o, old, now) -> {
          attempted.set(false);
          failure.set("");
        });
  }

  /** The number field's text, bound both ways by the view. */
  public StringProperty numberProperty() {
    return number;
  }

  /** What will be dialled, e.g. "Dials +49 30 1234567"; empty when nothing valid is typed. */
  public ObservableStringValue hintProperty() {
    return hint;
  }

  /** Why the text cannot be dialled, or why dialling failed; empty when there is no problem. */
  public ObservableStringValue errorProperty() {
    return error;
  }

  /** Whether there is text to dial (the call button). */
  public ObservableBooleanValue canDialProperty() {
    return canDial;
  }

  /** The last target dialled (as sent); empty until the first call. */
  public ReadOnlyStringProperty lastDialledProperty() {
    return lastDialled.getReadOnlyProperty();
  }

  public ObservableBooleanValue canRedialProperty() {
    return canRedial;
  }

  /** The redial button's accessible text and tooltip: "Redial +49 30 1234567". */
  public ObservableStringValue redialTextProperty() {
    return redialText;
  }

  /** Whether the current language is written right to left (the number field stays LTR). */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  /** A keypad key: appends its character. */
  public void press(char key) {
    if (number.get().length() < MAX_INPUT) {
      number.set(number.get() + key);
    }
  }

  /** Removes the last character. */
  public void backspace() {
    String now = number.get();
    if (!now.isEmpty()) {
      int end = now.offsetByCodePoints(now.length(), -1);
      number.set(now.substring(0, end));
    }
  }

  /** What pasting {@code clipboard} inserts: the number in it, cleaned. */
  public String cleanPasted(String clipboard) {
    return PastedNumber.clean(clipboard);
  }

  /** Dials the number field (Enter, the call button); shows an error when it is not dialable. */
  public void dial() {
    DialTarget t = target.get();
    String dialString = dialString(t);
    if (dialString == null) {
      attempted.set(true);
      return;
    }
    lastDialled.set(dialString);
    calls
        .control()
        .dial(dialString)
        .whenComplete(
            (id, problem) -> {
              if (problem != null) {
                ui.execute(() -> failed(problem));
              }
            });
  }

  /** Shows {@code text} in the number field and dials it (call back, click-to-dial). */
  public void dial(String text) {
    number.set(text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text);
    dial();
  }

  /** Shows the link's number or address in the field and dials it. */
  @Override
  public void dial(DialLink link) {
    dial(link.target());
  }

  /** Shows the link's number or address in the field, to be dialled once the agent agrees. */
  @Override
  public void show(DialLink link) {
    number.set(link.target());
  }

  /** Dials the last target again. */
  public void redial() {
    if (!lastDialled.get().isEmpty()) {
      dial(lastDialled.get());
    }
  }

  /** Offers {@code target} for redial when nothing was dialled yet (the newest outbound call). */
  public void rememberLastDialled(String target) {
    if (lastDialled.get().isEmpty() && !target.isBlank()) {
      lastDialled.set(target.strip());
    }
  }

  private void failed(Throwable problem) {
    Throwable cause =
        problem instanceof CompletionException && problem.getCause() != null
            ? problem.getCause()
            : problem;
    String detail = SanitizedText.line(cause.getMessage());
    failure.set(detail.isEmpty() ? localizer.get("dial.error.failed.unknown") : detail);
  }

  private static @Nullable String dialString(DialTarget t) {
    if (t instanceof DialTarget.Number) {
      return ((DialTarget.Number) t).e164();
    }
    if (t instanceof DialTarget.AsTyped) {
      return ((DialTarget.AsTyped) t).digits();
    }
    if (t instanceof DialTarget.Address) {
      return ((DialTarget.Address) t).uri();
    }
    return null;
  }

  private String hintText() {
    DialTarget t = target.get();
    if (t instanceof DialTarget.Number) {
      return localizer.get("dial.hint.number", isolated(((DialTarget.Number) t).international()));
    }
    if (t instanceof DialTarget.AsTyped) {
      return localizer.get("dial.hint.asTyped", isolated(((DialTarget.AsTyped) t).digits()));
    }
    if (t instanceof DialTarget.Address) {
      return localizer.get("dial.hint.address", isolated(((DialTarget.Address) t).uri()));
    }
    return "";
  }

  private String errorText() {
    if (!failure.get().isEmpty()) {
      return localizer.get("dial.error.failed", failure.get());
    }
    DialTarget t = target.get();
    boolean shownWhileTyping =
        t instanceof DialTarget.Invalid
            && ((DialTarget.Invalid) t).messageKey().equals("dial.error.notANumber");
    if (t instanceof DialTarget.Invalid && (attempted.get() || shownWhileTyping)) {
      return localizer.get(((DialTarget.Invalid) t).messageKey());
    }
    if (t instanceof DialTarget.Empty && attempted.get()) {
      return localizer.get("dial.error.empty");
    }
    return "";
  }

  /**
   * {@code text} isolated left to right inside a right-to-left language's text, so a number or
   * address keeps its order; as it is in left-to-right languages, whose system fonts draw the
   * isolate controls as boxes (the bundled right-to-left font draws nothing).
   */
  private String isolated(String text) {
    return localizer.language().rightToLeft() ? LRI + text + PDI : text;
  }

  /** For logs: the field's target, masked. */
  @Override
  public String toString() {
    String now = number.get();
    return "DialerViewModel["
        + (PhoneNumber.isDialable(now) ? new PhoneNumber(now).masked() : "<text>")
        + "]";
  }
}
