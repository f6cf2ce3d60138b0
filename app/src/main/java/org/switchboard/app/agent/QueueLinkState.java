package org.switchboard.app.agent;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;

/**
 * The queue service's link for the status bar ("Queue service: connected", "Queue service
 * unreachable; trying again in 8 s", "Queue service: sign-in refused"), hidden for a standalone
 * softphone. Link changes arrive on the link's thread and are hopped through {@code ui}; the
 * properties change only on the JavaFX application thread.
 */
public final class QueueLinkState {
  private final QueueLink link;
  private final Executor ui;
  private final ReadOnlyObjectWrapper<QueueLink.Status> status;
  private final StringBinding text;
  private final ObjectBinding<Tone> tone;
  private final BooleanBinding visible;
  private @Nullable Subscription subscription;

  QueueLinkState(QueueLink link, Localizer localizer, Executor ui) {
    this.link = Objects.requireNonNull(link, "link");
    this.ui = Objects.requireNonNull(ui, "ui");
    status = new ReadOnlyObjectWrapper<>(this, "status", link.status());
    text =
        Bindings.createStringBinding(
            () -> textOf(status.get(), localizer), status, localizer.languageProperty());
    tone = Bindings.createObjectBinding(() -> toneOf(status.get().state()), status);
    visible =
        Bindings.createBooleanBinding(
            () -> status.get().state() != QueueLink.State.STANDALONE, status);
  }

  void start() {
    if (subscription == null) {
      subscription = link.addListener(s -> ui.execute(() -> status.set(s)));
      status.set(link.status());
    }
  }

  void stop() {
    Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.close();
    }
  }

  public ReadOnlyObjectProperty<QueueLink.Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** What the bar says, localised; empty for a standalone softphone. */
  public StringBinding textProperty() {
    return text;
  }

  /** Connected: success; connecting: warning; unreachable or refused: danger. */
  public ObjectBinding<Tone> toneProperty() {
    return tone;
  }

  /** Whether the bar shows the link at all: only with a queue service. */
  public BooleanBinding visibleProperty() {
    return visible;
  }

  private static String textOf(QueueLink.Status s, Localizer localizer) {
    if (s.state() == QueueLink.State.STANDALONE) {
      return "";
    }
    String key = "agent.queueLink." + s.state().name().toLowerCase(Locale.ROOT);
    if (s.retryIn() == null) {
      return localizer.get(key);
    }
    long seconds = Math.max(1, (s.retryIn().toMillis() + 999) / 1000);
    return localizer.get(
        key + ".retrying", ElapsedTime.isolated(String.valueOf(seconds), localizer.language()));
  }

  private static Tone toneOf(QueueLink.State s) {
    switch (s) {
      case CONNECTED:
        return Tone.SUCCESS;
      case CONNECTING:
        return Tone.WARNING;
      case UNREACHABLE:
      case REFUSED:
        return Tone.DANGER;
      default:
        return Tone.NEUTRAL;
    }
  }
}
