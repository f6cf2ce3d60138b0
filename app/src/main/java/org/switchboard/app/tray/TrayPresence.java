package org.switchboard.app.tray;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.switchboard.app.agent.PresenceChoice;
import org.switchboard.app.agent.PresenceText;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;

/**
 * The tray icon's state: which circle to show, the tooltip, and the presence menu. It follows the
 * status bar's snapshot (no second subscription to the session) and sends presence changes to the
 * status bar, which shows any refusal. Plain {@code javafx.beans}; used on the JavaFX application
 * thread.
 */
public final class TrayPresence {
  private final Localizer localizer;
  private final Consumer<Presence> change;
  private final ObjectBinding<TrayIconState> state;
  private final StringBinding tooltip;
  private final ObjectBinding<List<PresenceChoice>> choices;

  /**
   * @param snapshot the session's latest state, e.g. {@code
   *     AgentStatusViewModel.snapshotProperty()}
   * @param change asks for a presence, e.g. {@code AgentStatusViewModel::changePresence}
   */
  public TrayPresence(
      ObservableValue<AgentSnapshot> snapshot, Consumer<Presence> change, Localizer localizer) {
    Objects.requireNonNull(snapshot, "snapshot");
    this.change = Objects.requireNonNull(change, "change");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    state = Bindings.createObjectBinding(() -> stateOf(snapshot.getValue()), snapshot);
    tooltip =
        Bindings.createStringBinding(
            () -> tooltipOf(snapshot.getValue()), snapshot, localizer.languageProperty());
    choices =
        Bindings.createObjectBinding(
            () -> PresenceText.choices(snapshot.getValue().reasons(), localizer.language()),
            snapshot,
            localizer.languageProperty());
  }

  /** Busy while any call is handled; otherwise the presence. */
  public ObjectBinding<TrayIconState> stateProperty() {
    return state;
  }

  /** "Switchboard: Ready", or with the routing state during a call: "…: Ready · On call". */
  public StringBinding tooltipProperty() {
    return tooltip;
  }

  /** The presence menu: ready, each reason, offline. */
  public ObjectBinding<List<PresenceChoice>> choicesProperty() {
    return choices;
  }

  /** Asks for {@code presence}; a refusal shows in the status bar. */
  public void changePresence(Presence presence) {
    change.accept(presence);
  }

  static TrayIconState stateOf(AgentSnapshot s) {
    if (s.routing() != RoutingState.IDLE) {
      return TrayIconState.BUSY;
    }
    if (s.presence() instanceof Presence.Ready) {
      return TrayIconState.READY;
    }
    return s.presence() instanceof Presence.NotReady
        ? TrayIconState.NOT_READY
        : TrayIconState.OFFLINE;
  }

  private String tooltipOf(AgentSnapshot s) {
    String app = localizer.get("app.title");
    String presence = PresenceText.of(s.presence(), localizer.language());
    if (s.routing() == RoutingState.IDLE) {
      return localizer.get("tray.tooltip", app, presence);
    }
    return localizer.get(
        "tray.tooltip.routing",
        app,
        presence,
        localizer.get("agent.routing." + s.routing().name()));
  }
}
