package org.switchboard.queue.service.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.centre.CentreFixture.queue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.QueueDefinition;

class ReloadTest {
  @Test
  void aReloadKeepsLoggedInAgentsAndCallsInFlight() {
    CentreFixture f = new CentreFixture(queue("sales"), queue("support"));
    f.ready("ann", "sales", "support");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.enqueue("c2", "support");

    QueueDefinition[] onlySales = {queue("sales")};
    List<AgentDefinition> agents = CentreFixture.agents(onlySales);
    f.centre.apply(CentreFixture.definition(List.of(onlySales), agents, 3));

    AgentState ann = f.centre.agent("ann");
    assertThat(ann.presence().presence()).isEqualTo(Presence.READY);
    assertThat(ann.queues()).containsExactly("sales");
    assertThat(f.interaction("c1").status()).isEqualTo(InteractionStatus.CONNECTED);
    assertThat(f.centre.snapshot().interactions()).extracting(Interaction::id).contains("c2");
    assertThat(f.centre.definition().queues()).containsOnlyKeys("sales");
  }

  @Test
  void aReloadedAgentsNewMembershipLetsRoutingReachThem() {
    QueueDefinition[] both = {queue("sales"), queue("support")};
    CentreFixture f =
        new CentreFixture(
            CentreFixture.definition(List.of(both), CentreFixture.agents(queue("sales")), 3));
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.centre.callEnded("c1");

    f.centre.apply(CentreFixture.definition(List.of(both), CentreFixture.agents(both), 3));
    f.centre.login("ann", java.util.Set.of("sales", "support"));
    f.enqueue("c2", "support");

    assertThat(f.offerTo("ann").interaction().id()).isEqualTo("c2");
  }
}
