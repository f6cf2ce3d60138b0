package org.switchboard.app.incoming;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallStatus;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;

/**
 * One ringing call as its notification shows it: caller number and name, queue, wait time, the
 * customer card's summary, and answer / reject. Created by {@link IncomingCallViewModel}; every
 * method is called, and every property changes, on the JavaFX application thread.
 */
public final class IncomingCall {
  private static final Logger log = LoggerFactory.getLogger(IncomingCall.class);
  private static final char LRI = '\u2066';
  private static final char PDI = '\u2069';

  private final CallEntry entry;
  private final CallControl control;
  private final Localizer localizer;
  private final Executor ui;
  private final Clock clock;
  private final String number;
  private final String name;
  private final ObservableStringValue summary;
  private final ReadOnlyObjectWrapper<@Nullable Offer> offer =
      new ReadOnlyObjectWrapper<>(this, "offer");
  private final ReadOnlyStringWrapper waited = new ReadOnlyStringWrapper(this, "waited", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyObjectWrapper<@Nullable String> errorKey =
      new ReadOnlyObjectWrapper<>(this, "errorKey");
  private final StringBinding queue;
  private final StringBinding attached;
  private final StringBinding error;

  IncomingCall(
      CallEntry entry,
      CallControl control,
      ObservableStringValue summary,
      Localizer localizer,
      Executor ui,
      Clock clock) {
    this.entry = Objects.requireNonNull(entry, "entry");
    this.control = control;
    this.summary = Objects.requireNonNull(summary, "summary");
    this.localizer = localizer;
    this.ui = ui;
    this.clock = clock;
    this.number = numberOf(entry.remote());
    this.name = entry.remote().name().map(SanitizedText::line).orElse("");
    queue =
        Bindings.createStringBinding(
            () -> {
              Offer o = offer.get();
              String q = o == null ? "" : SanitizedText.line(o.queue());
              return q.isEmpty() ? "" : localizer.get("incoming.queue", q);
            },
            offer,
            localizer.languageProperty());
    attached =
        Bindings.createStringBinding(
            () -> {
              Offer o = offer.get();
              return o == null ? "" : String.join("\n", AttachedData.lines(o.data(), localizer));
            },
            offer,
            localizer.languageProperty());
    error =
        Bindings.createStringBinding(
            () -> {
              String key = errorKey.get();
              return key == null ? "" : localizer.get(key);
            },
            errorKey,
            localizer.languageProperty());
    refreshWaited();
  }

  public CallId id() {
    return entry.id();
  }

  /** The call in the shared calls model. */
  public CallEntry entry() {
    return entry;
  }

  /**
   * The caller's number (or address when it is no number), sanitised, without direction marks:
   * views show it in a label of its own laid out left to right in every language.
   */
  public String number() {
    return number;
  }

  /** The display name the caller's signalling sent, sanitised; empty when none. */
  public String name() {
    return name;
  }

  /** Name and number together, for accessible names. */
  public String caller() {
    return name.isEmpty() ? number : name + " " + number;
  }

  /** "Queue: Sales", localised; empty without a queue. */
  public ObservableStringValue queueProperty() {
    return queue;
  }

  /**
   * The offer's attached data, one "label: value" line each (caller and dialled number, IVR
   * choices, collected digits such as an account number), localised; empty without an offer.
   */
  public ObservableStringValue attachedProperty() {
    return attached;
  }

  /** "Waiting 1:05": the time in the queue plus the time ringing; refreshed by {@code tick}. */
  public ReadOnlyStringProperty waitedProperty() {
    return waited.getReadOnlyProperty();
  }

  /** What the CRM knows about the caller, in one line; empty when nothing. */
  public ObservableStringValue summaryProperty() {
    return summary;
  }

  /** The contact centre's offer for this call; null when there is none (plain softphone). */
  public ReadOnlyObjectProperty<@Nullable Offer> offerProperty() {
    return offer.getReadOnlyProperty();
  }

  /** Whether an answer or reject was sent and its outcome is awaited: the buttons are disabled. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Why the last answer or reject failed, localised; empty when none did. */
  public ObservableStringValue errorProperty() {
    return error;
  }

  /** Answers the call; the notification goes when the call is answered. */
  public void answer() {
    act(c -> c.answer(entry.id()), "incoming.answerFailed");
  }

  /** Rejects the call (486 Busy Here, so a queue offers it elsewhere). */
  public void reject() {
    act(c -> c.reject(entry.id(), false), "incoming.rejectFailed");
  }

  void offer(Offer o) {
    offer.set(o);
    refreshWaited();
  }

  void refreshWaited() {
    Offer o = offer.get();
    Duration ringing = Duration.between(entry.started(), clock.instant());
    Duration total = (o == null ? Duration.ZERO : o.waited()).plus(ringing);
    waited.set(
        localizer.get(
            "incoming.waited",
            isolateLtr(clockText(total, localizer.language().locale()), localizer.language())));
  }

  private void act(Function<CallControl, CompletableFuture<Void>> command, String failureKey) {
    if (busy.get() || entry.status() != CallStatus.RINGING) {
      return;
    }
    busy.set(true);
    errorKey.set(null);
    CompletableFuture<Void> sent;
    try {
      sent = command.apply(control);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    // The outcome arrives as call events; only a refusal needs handling here.
    var unused =
        sent.whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                log.info("Call {}: {} failed: {}", entry.id(), failureKey, failure.toString());
                ui.execute(
                    () -> {
                      busy.set(false);
                      errorKey.set(failureKey);
                    });
              }
            });
  }

  /** "m:ss", or "h:mm:ss" from an hour, in the locale's digits. */
  static String clockText(Duration d, Locale locale) {
    long seconds = Math.max(0, d.toSeconds());
    NumberFormat plain = NumberFormat.getIntegerInstance(locale);
    plain.setGroupingUsed(false);
    NumberFormat two = NumberFormat.getIntegerInstance(locale);
    two.setGroupingUsed(false);
    two.setMinimumIntegerDigits(2);
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0
        ? plain.format(h) + ":" + two.format(m) + ":" + two.format(s)
        : plain.format(m) + ":" + two.format(s);
  }

  private static String numberOf(RemoteParty remote) {
    return remote
        .phoneNumber()
        .map(PhoneNumber::value)
        .orElseGet(() -> SanitizedText.line(remote.uri().replaceFirst("^(?i)(sips?|tel):", "")));
  }

  /**
   * {@code text} (a number or time) isolated left to right (U+2066 … U+2069) inside text of a
   * right-to-left language, whose bundled font draws the isolates as nothing; unchanged in
   * left-to-right languages, where it needs no isolating and JavaFX draws the isolates of fonts
   * without them (the Linux system fonts) as boxes.
   */
  static String isolateLtr(String text, Language language) {
    return language.rightToLeft() ? LRI + text + PDI : text;
  }
}
