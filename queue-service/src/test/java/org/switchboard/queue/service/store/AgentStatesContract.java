package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.store.AgentState.Presence;
import org.switchboard.queue.service.store.AgentState.RoutingState;

abstract class AgentStatesContract extends StoreContract {
  @SuppressWarnings("NullAway.Init")
  AgentStates agents;

  @BeforeEach
  void repository() {
    agents = new AgentStates(database);
  }

  @Test
  void everyFieldSurvivesASaveAndLoad() {
    AgentState ada =
        new AgentState(
            "ada",
            Presence.NOT_READY,
            "MISSED",
            RoutingState.NOT_RESPONDING,
            Presence.READY,
            null,
            List.of("sales", "billing"),
            3,
            at(10));

    agents.save(ada);

    assertThat(agents.load("ada")).contains(ada);
  }

  @Test
  void aSaveReplacesTheAgentsPreviousState() {
    agents.save(
        new AgentState(
            "bob",
            Presence.READY,
            null,
            RoutingState.IDLE,
            null,
            null,
            List.of("sales"),
            0,
            at(1)));
    AgentState later =
        new AgentState(
            "bob",
            Presence.READY,
            null,
            RoutingState.WRAP_UP,
            Presence.NOT_READY,
            "LUNCH",
            List.of(),
            1,
            at(2));

    agents.save(later);

    assertThat(agents.loadAll()).containsExactly(later);
  }

  @Test
  void loadAllReturnsEveryAgentByIdAndAnUnknownAgentHasNoState() {
    for (String id : List.of("carol", "ada", "bob")) {
      agents.save(
          new AgentState(
              id, Presence.OFFLINE, null, RoutingState.IDLE, null, null, List.of(), 0, at(1)));
    }

    assertThat(agents.loadAll())
        .extracting(AgentState::agent)
        .containsExactly("ada", "bob", "carol");
    assertThat(agents.load("dave")).isEmpty();
  }

  @Test
  void everyRoutingStateAndPresenceRoundTrips() {
    for (RoutingState state : RoutingState.values()) {
      for (Presence presence : Presence.values()) {
        AgentState saved =
            new AgentState("a", presence, null, state, presence, null, List.of("q"), 0, at(1));
        agents.save(saved);
        assertThat(agents.load("a")).contains(saved);
      }
    }
  }
}
