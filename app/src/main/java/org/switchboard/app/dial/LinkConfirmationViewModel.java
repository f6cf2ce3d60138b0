package org.switchboard.app.dial;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;

/**
 * Asks the agent before a click-to-dial link dials: a link from a web page, a document or a second
 * start of the desktop is shown in the dialler and waits for "Call" ("Call 2001@example.com?");
 * only {@link #call()} dials it, {@link #cancel()} drops it. A link that arrives while another
 * waits replaces it. Plain {@code javafx.beans}; every method is called on the JavaFX application
 * thread.
 */
public final class LinkConfirmationViewModel {
  /** Where links go. Called on the JavaFX application thread. */
  public interface Dialler {
    /** Shows the link's number or address (in the dialler's number field) without dialling. */
    void show(DialLink link);

    /** Dials the link: the agent said "Call". */
    void dial(DialLink link);
  }

  private final Dialler dialler;
  private final Localizer localizer;
  private final ReadOnlyObjectWrapper<@Nullable DialLink> pending =
      new ReadOnlyObjectWrapper<>(this, "pending");
  private final BooleanBinding asking;
  private final StringBinding question;
  private final BooleanBinding rightToLeft;

  public LinkConfirmationViewModel(Dialler dialler, Localizer localizer) {
    this.dialler = Objects.requireNonNull(dialler, "dialler");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    asking = pending.isNotNull();
    question =
        Bindings.createStringBinding(this::questionText, pending, localizer.languageProperty());
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
  }

  /** Shows {@code link} in the dialler and asks whether to call it; dials nothing. */
  public void ask(DialLink link) {
    Objects.requireNonNull(link, "link");
    dialler.show(link);
    pending.set(link);
  }

  /** The agent said "Call": dials the waiting link, once. Nothing happens when none waits. */
  public void call() {
    DialLink link = pending.get();
    if (link == null) {
      return;
    }
    pending.set(null);
    dialler.dial(link);
  }

  /** The agent said "Cancel" (or closed the question): the link is dropped, nothing is dialled. */
  public void cancel() {
    pending.set(null);
  }

  /** The link waiting for an answer; null when none does. */
  public ReadOnlyObjectProperty<@Nullable DialLink> pendingProperty() {
    return pending.getReadOnlyProperty();
  }

  /** Whether a link waits for an answer (the question is on show). */
  public ObservableBooleanValue askingProperty() {
    return asking;
  }

  /** "Call 2001@example.com?" in the current language; empty when no link waits. */
  public ObservableStringValue questionProperty() {
    return question;
  }

  /** Whether the current language is written right to left. */
  public ObservableBooleanValue rightToLeftProperty() {
    return rightToLeft;
  }

  private String questionText() {
    DialLink link = pending.get();
    if (link == null) {
      return "";
    }
    String shown = shown(link);
    // The address reads left to right inside a right-to-left sentence.
    boolean rtl = localizer.language().rightToLeft();
    return localizer.get(
        "links.confirm.question", rtl ? DialerViewModel.LRI + shown + DialerViewModel.PDI : shown);
  }

  /**
   * What the question names: the number, the address without {@code sip:} ({@code
   * 2001@example.com}), or a secure address with its {@code sips:}, so the agent sees it is one.
   */
  static String shown(DialLink link) {
    return link.scheme() == DialLink.Scheme.SIP
        ? link.target().substring(DialLink.Scheme.SIP.prefix().length() + 1)
        : link.target();
  }
}
