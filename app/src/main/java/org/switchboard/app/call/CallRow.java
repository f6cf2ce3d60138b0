package org.switchboard.app.call;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallQuality;

/**
 * One call of the call panel's list as text: who (name and address, sanitised), where it is
 * (ringing, talking, on hold by the agent or by the other party, in conference, muted), for how
 * long, and how it sounds. Bindings follow the call, the language and the panel's clock tick. Used
 * on the JavaFX application thread.
 */
public final class CallRow {
  private final CallEntry entry;
  private final String name;
  private final String address;
  private final StringBinding title;
  private final StringBinding status;
  private final StringBinding duration;
  private final ObjectBinding<CallQuality.@Nullable Grade> grade;
  private final StringBinding qualityText;
  private final StringBinding qualityDetail;
  private final StringBinding summary;

  CallRow(CallEntry entry, Localizer text, ObservableObjectValue<Instant> now) {
    this.entry = entry;
    this.name = CallTexts.name(entry.remote());
    this.address = CallTexts.address(entry.remote());
    ObservableValue<?> language = text.languageProperty();
    StringBinding spokenName =
        Bindings.createStringBinding(
            () -> name.isEmpty() ? text.get("callpanel.unknownName") : name, language);
    title =
        Bindings.createStringBinding(
            () -> name.isEmpty() && !address.isEmpty() ? address : spokenName.get(), spokenName);
    status =
        Bindings.createStringBinding(
            () -> statusText(text),
            entry.statusProperty(),
            entry.mutedProperty(),
            entry.conferencedWithProperty(),
            language);
    duration =
        Bindings.createStringBinding(
            () -> {
              Instant answered = entry.answeredAt();
              Instant since = answered != null ? answered : entry.started();
              return CallTexts.duration(Duration.between(since, now.get()), text.language());
            },
            now,
            entry.answeredProperty(),
            language);
    grade =
        Bindings.createObjectBinding(
            () -> {
              CallQuality q = entry.qualityProperty().get();
              return q == null ? null : q.grade();
            },
            entry.qualityProperty());
    qualityText = Bindings.createStringBinding(() -> QualityTexts.grade(grade.get(), text), grade);
    qualityDetail =
        Bindings.createStringBinding(
            () -> QualityTexts.detail(entry.qualityProperty().get(), text),
            entry.qualityProperty(),
            language);
    summary =
        Bindings.createStringBinding(
            () ->
                text.get(
                    entry.direction() == CallDirection.INBOUND
                        ? "callpanel.row.inbound"
                        : "callpanel.row.outbound",
                    spokenName.get(),
                    CallTexts.isolated(address, text.language()),
                    status.get(),
                    duration.get()),
            spokenName,
            status,
            duration);
  }

  /** The call. */
  public CallEntry entry() {
    return entry;
  }

  /**
   * The name the other party sent; without one, the address (see {@link #hasName()}: then it reads
   * left to right), or "Unknown" in the current language.
   */
  public ObservableStringValue titleProperty() {
    return title;
  }

  /** Whether the other party sent a name; else the title is the address. */
  public boolean hasName() {
    return !name.isEmpty();
  }

  /** The number or address, sanitised, to be shown left to right. */
  public String address() {
    return address;
  }

  /** Where the call is, e.g. "On hold · Muted". */
  public ObservableStringValue statusProperty() {
    return status;
  }

  /** Time talking (or ringing, before the answer), e.g. "01:05", in the language's digits. */
  public ObservableStringValue durationProperty() {
    return duration;
  }

  /** The quality grade; null until media has been measured. */
  public ObservableObjectValue<CallQuality.@Nullable Grade> gradeProperty() {
    return grade;
  }

  /** The grade as a word ("Good"); empty until measured. */
  public ObservableStringValue qualityTextProperty() {
    return qualityText;
  }

  /** MOS, loss, jitter and round trip as one line; empty until measured. */
  public ObservableStringValue qualityDetailProperty() {
    return qualityDetail;
  }

  /** Everything above in one sentence, the list entry's accessible name. */
  public ObservableStringValue summaryProperty() {
    return summary;
  }

  private String statusText(Localizer text) {
    List<String> parts = new ArrayList<>(3);
    parts.add(text.get("callpanel.status." + statusKey(entry.status())));
    if (entry.conferencedWithProperty().get() != null) {
      parts.add(text.get("callpanel.status.conference"));
    }
    if (entry.mutedProperty().get()) {
      parts.add(text.get("callpanel.status.muted"));
    }
    return String.join(" · ", parts);
  }

  private static String statusKey(CallStatus status) {
    switch (status) {
      case RINGING:
        return "ringing";
      case DIALING:
        return "dialing";
      case REMOTE_RINGING:
        return "remoteRinging";
      case TALKING:
        return "talking";
      case HELD:
        return "held";
      case HELD_BY_REMOTE:
        return "heldByRemote";
      default:
        return "ended";
    }
  }
}
