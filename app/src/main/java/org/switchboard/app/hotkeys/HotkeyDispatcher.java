package org.switchboard.app.hotkeys;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallStatus;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.call.CallControl;

/**
 * Carries out hotkey actions on the agent's calls ({@link CallsModel}) and session: answer the
 * ringing call, hang up, mute and hold toggles on the active call, and ready / not ready (with the
 * first reason offered). An action with nothing to act on does nothing. A refused command is shown
 * in {@link #problemProperty()}, never thrown. Called on the JavaFX application thread; the
 * commands' outcomes come back through {@code ui}.
 */
public final class HotkeyDispatcher {
  private static final Logger log = LoggerFactory.getLogger(HotkeyDispatcher.class);

  /** A refused action and the reason given (sanitised; empty when none). */
  private record Refusal(String textKey, String reason) {}

  private final CallsModel calls;
  private final AgentSession agent;
  private final Localizer localizer;
  private final Executor ui;
  private final ObjectProperty<@Nullable Refusal> refusal =
      new SimpleObjectProperty<>(this, "refusal");
  private final StringBinding problem;

  /**
   * @param ui runs the commands' outcomes on the JavaFX thread ({@code Platform::runLater}; direct
   *     in tests)
   */
  public HotkeyDispatcher(CallsModel calls, AgentSession agent, Localizer localizer, Executor ui) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.agent = Objects.requireNonNull(agent, "agent");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    this.ui = Objects.requireNonNull(ui, "ui");
    problem =
        Bindings.createStringBinding(this::problemText, refusal, localizer.languageProperty());
  }

  /**
   * Carries out {@code action}; usable as the callback of {@link GlobalHotkeys#register}.
   *
   * @return whether a command was sent (false when there was nothing to act on)
   */
  public boolean dispatch(HotkeyAction action) {
    CompletableFuture<Void> sent;
    try {
      sent = command(action);
    } catch (RuntimeException broken) { // against the ports' contract, but never thrown at the UI
      sent = CompletableFuture.failedFuture(broken);
    }
    if (sent == null) {
      log.debug("hotkey {}: nothing to act on", action);
      return false;
    }
    refusal.set(null);
    sent.whenComplete((ok, failure) -> ui.execute(() -> outcome(action, failure)));
    return true;
  }

  /** Why the last hotkey's command was refused, in the agent's language; empty when it was not. */
  public StringBinding problemProperty() {
    return problem;
  }

  private @Nullable CompletableFuture<Void> command(HotkeyAction action) {
    CallControl control = calls.control();
    CallEntry active = calls.active();
    switch (action) {
      case ANSWER:
        CallEntry ringing = ringing();
        return ringing == null ? null : control.answer(ringing.id());
      case HANG_UP:
        return active == null ? null : control.hangup(active.id());
      case MUTE:
        return active == null || !active.status().established()
            ? null
            : control.mute(active.id(), !active.mutedProperty().get());
      case HOLD:
        if (active == null) {
          return null;
        }
        if (active.status() == CallStatus.HELD) {
          return control.resume(active.id());
        }
        return active.status() == CallStatus.TALKING || active.status() == CallStatus.HELD_BY_REMOTE
            ? control.hold(active.id())
            : null;
      default:
        return toggleReady();
    }
  }

  /** The active call if it rings, else the newest ringing call. */
  private @Nullable CallEntry ringing() {
    CallEntry active = calls.active();
    if (active != null && active.status() == CallStatus.RINGING) {
      return active;
    }
    List<CallEntry> live = calls.calls();
    for (int i = live.size() - 1; i >= 0; i--) {
      if (live.get(i).status() == CallStatus.RINGING) {
        return live.get(i);
      }
    }
    return null;
  }

  /**
   * Ready becomes not ready with the first reason; not ready or offline becomes ready. During a
   * call the presence already queued is what toggles.
   */
  private CompletableFuture<Void> toggleReady() {
    AgentSnapshot s = agent.snapshot();
    Presence next = s.nextPresence();
    Presence current = next != null ? next : s.presence();
    if (!(current instanceof Presence.Ready)) {
      return agent.changePresence(Presence.ready());
    }
    List<NotReadyReason> reasons = s.reasons();
    if (reasons.isEmpty()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(localizer.get("hotkeys.noReasons")));
    }
    return agent.changePresence(Presence.notReady(reasons.get(0)));
  }

  private void outcome(HotkeyAction action, @Nullable Throwable failure) {
    if (failure == null) {
      return;
    }
    Throwable inner = failure instanceof CompletionException ? failure.getCause() : null;
    Throwable cause = inner != null ? inner : failure;
    log.info("hotkey {} refused: {}", action, cause.toString());
    refusal.set(new Refusal(action.textKey(), SanitizedText.line(cause.getMessage())));
  }

  private String problemText() {
    Refusal r = refusal.get();
    if (r == null) {
      return "";
    }
    String reason = r.reason().isEmpty() ? localizer.get("hotkeys.unknownFailure") : r.reason();
    return localizer.get("hotkeys.failed", localizer.get(r.textKey()), reason);
  }
}
