package org.switchboard.app.tray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.agent.FakeAgentSession.BREAK;
import static org.switchboard.app.agent.FakeAgentSession.LUNCH;
import static org.switchboard.app.agent.FakeAgentSession.T0;
import static org.switchboard.app.agent.FakeAgentSession.snapshot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.switchboard.app.agent.PresenceChoice;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;

class TrayPresenceTest {
  private final SimpleObjectProperty<AgentSnapshot> snapshot =
      new SimpleObjectProperty<>(
          snapshot(Presence.ready(), null, RoutingState.IDLE, T0, List.of()));
  private final List<Presence> asked = new CopyOnWriteArrayList<>();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final TrayPresence tray = new TrayPresence(snapshot, asked::add, localizer);

  private void now(Presence presence, RoutingState routing) {
    snapshot.set(snapshot(presence, null, routing, T0, List.of()));
  }

  @Test
  void theIconFollowsThePresenceWhileIdle() {
    assertThat(tray.stateProperty().get()).isEqualTo(TrayIconState.READY);
    now(Presence.notReady(BREAK), RoutingState.IDLE);
    assertThat(tray.stateProperty().get()).isEqualTo(TrayIconState.NOT_READY);
    now(Presence.offline(), RoutingState.IDLE);
    assertThat(tray.stateProperty().get()).isEqualTo(TrayIconState.OFFLINE);
  }

  @Test
  void anyCallInHandMakesItBusy() {
    for (RoutingState r :
        List.of(
            RoutingState.OFFERED, RoutingState.ON_CALL, RoutingState.HELD, RoutingState.WRAP_UP)) {
      now(Presence.ready(), r);
      assertThat(tray.stateProperty().get()).as(r.name()).isEqualTo(TrayIconState.BUSY);
    }
  }

  @Test
  void theTooltipNamesThePresenceAndDuringACallTheRoutingState() {
    assertThat(tray.tooltipProperty().get()).isEqualTo("Switchboard: Ready");
    now(Presence.notReady(LUNCH), RoutingState.IDLE);
    assertThat(tray.tooltipProperty().get()).isEqualTo("Switchboard: Not ready: Lunch");
    now(Presence.ready(), RoutingState.HELD);
    assertThat(tray.tooltipProperty().get()).isEqualTo("Switchboard: Ready · On hold");

    localizer.languageProperty().set(Language.PERSIAN);
    assertThat(tray.tooltipProperty().get()).isEqualTo("سوییچ‌بورد: آماده · در انتظار");
  }

  @Test
  void theMenuOffersEveryPresenceAndSendsTheChoiceOn() {
    assertThat(tray.choicesProperty().get())
        .extracting(PresenceChoice::label)
        .containsExactly("Ready", "Break", "Lunch", "Offline");

    tray.changePresence(tray.choicesProperty().get().get(2).presence());

    assertThat(asked).containsExactly(Presence.notReady(LUNCH));
  }

  @Test
  void theMenuFollowsTheLanguage() {
    localizer.languageProperty().set(Language.RUSSIAN);
    assertThat(tray.choicesProperty().get())
        .extracting(PresenceChoice::label)
        .containsExactly("Готов", "Перерыв", "Обед", "Не в сети");
  }
}
