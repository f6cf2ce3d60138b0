package org.switchboard.app.call;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallControlException;

/**
 * The call panel's one-line message: what just happened ("Transferred") or what went wrong ("Could
 * not complete the transfer: attended transfer is not supported by this account"). Failures are
 * shown, never thrown. Kept as a text key and arguments so a change of language re-renders it. Used
 * on the JavaFX application thread.
 */
final class MessageLine {
  private record Notice(String key, Object[] args, boolean problem) {}

  private final Localizer localizer;
  private final ObjectProperty<@Nullable Notice> notice =
      new SimpleObjectProperty<>(this, "notice");
  private final StringBinding text;
  private final BooleanBinding problem;

  MessageLine(Localizer localizer) {
    this.localizer = localizer;
    text =
        Bindings.createStringBinding(
            () -> {
              Notice n = notice.get();
              return n == null
                  ? ""
                  : localizer.get(n.key(), CallTexts.forSentence(n.args(), localizer.language()));
            },
            notice,
            localizer.languageProperty());
    problem =
        Bindings.createBooleanBinding(
            () -> {
              Notice n = notice.get();
              return n != null && n.problem();
            },
            notice);
  }

  ObservableStringValue textProperty() {
    return text;
  }

  ObservableBooleanValue problemProperty() {
    return problem;
  }

  void info(String key, Object... args) {
    notice.set(new Notice(key, args, false));
  }

  void problem(String key, Object... args) {
    notice.set(new Notice(key, args, true));
  }

  void clear() {
    notice.set(null);
  }

  /**
   * Shows that {@code action} failed ({@code callpanel.failed.<action>}), with the call port's
   * reason when it gave one: sanitised (adapters may quote the network) and, in right-to-left
   * languages, isolated left to right (it is English), so it cannot reorder the sentence around it.
   */
  void failed(String action, Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    Object reason =
        cause instanceof CallControlException && cause.getMessage() != null
            ? new CallTexts.LeftToRight(SanitizedText.line(cause.getMessage()))
            : localizer.get("callpanel.failed.unknown");
    problem("callpanel.failed." + action, reason);
  }
}
