package org.switchboard.queue.service.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.queue.service.centre.CentreFixture.queue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentPresenceTest {
  private final CentreFixture f = new CentreFixture(queue("sales"), queue("support"));

  @Test
  void loginStartsNotReadyWithoutReasonInTheChosenQueues() {
    AgentState ann = f.centre.login("ann", Set.of("sales"));

    assertThat(ann.presence()).isEqualTo(new PresenceChoice(Presence.NOT_READY, null));
    assertThat(ann.routing()).isEqualTo(RoutingState.IDLE);
    assertThat(ann.queues()).containsExactly("sales");
  }

  @Test
  void loginWithNoQueuesTakesAllTheAgentsQueues() {
    assertThat(f.centre.login("ann", Set.of()).queues())
        .containsExactlyInAnyOrder("sales", "support");
  }

  @Test
  void loginToAQueueTheAgentIsNotAMemberOfIsRefusedNamingIt() {
    assertThatThrownBy(() -> f.centre.login("ann", Set.of("vip")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("not a member of queue vip");
    assertThat(f.centre.agent("ann").presence().presence()).isEqualTo(Presence.OFFLINE);
  }

  @Test
  void anUnknownAgentIsNotFound() {
    assertThatThrownBy(() -> f.centre.login("zed", Set.of())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> f.centre.setPresence("zed", Presence.READY, null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void presenceMovesBetweenReadyNotReadyAndOffline() {
    f.ready("ann", "sales");
    assertThat(f.presence("ann").presence()).isEqualTo(Presence.READY);

    f.centre.setPresence("ann", Presence.NOT_READY, "BREAK");
    assertThat(f.presence("ann")).isEqualTo(new PresenceChoice(Presence.NOT_READY, "BREAK"));

    AgentState off = f.centre.setPresence("ann", Presence.OFFLINE, null);
    assertThat(off.presence().presence()).isEqualTo(Presence.OFFLINE);
    assertThat(off.queues()).isEmpty();
  }

  @Test
  void everyChangeRaisesTheVersionAndAStaleVersionIsRefused() {
    AgentState in = f.centre.login("ann", Set.of("sales"));
    AgentState ready = f.centre.setPresence("ann", Presence.READY, null, in.version());
    assertThat(ready.version()).isGreaterThan(in.version());

    assertThatThrownBy(() -> f.centre.setPresence("ann", Presence.NOT_READY, "BREAK", in.version()))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("version " + ready.version());
    assertThat(f.presence("ann").presence()).isEqualTo(Presence.READY);
  }

  @Test
  void anUnknownReasonCodeOrAReasonWithReadyIsABadRequest() {
    f.centre.login("ann", Set.of("sales"));
    assertThatThrownBy(() -> f.centre.setPresence("ann", Presence.NOT_READY, "NAP"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("unknown reason code NAP");
    assertThatThrownBy(() -> f.centre.setPresence("ann", Presence.NOT_READY, null))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> f.centre.setPresence("ann", Presence.READY, "BREAK"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anAgentNotLoggedInCannotBecomeReady() {
    assertThatThrownBy(() -> f.centre.setPresence("ann", Presence.READY, null))
        .isInstanceOf(WrongStateException.class)
        .hasMessageContaining("log in first");
  }

  @Test
  void routingStateFollowsTheCallFromReservedToWrapUpAndBackToIdle() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.RESERVED);

    OfferInfo offer = f.offerTo("ann");
    f.centre.offerRinging(offer.id(), "ann");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.ALERTING);

    f.centre.offerAccepted(offer.id(), "ann");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.CONNECTED);

    f.centre.held("c1");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.HELD);
    f.centre.resumed("c1");
    assertThat(f.routing("ann")).isEqualTo(RoutingState.CONNECTED);

    f.centre.callEnded("c1");
    AgentState after = f.centre.agent("ann");
    assertThat(after.routing()).isEqualTo(RoutingState.IDLE);
    assertThat(after.callsHandled()).isEqualTo(1);
    assertThat(after.interaction()).isNull();
  }

  @Test
  void aPresenceChosenDuringACallIsQueuedAndAppliedWhenWrapUpEnds() {
    CentreFixture m =
        new CentreFixture(
            queue(
                "sales",
                org.switchboard.queue.service.routing.Strategy.LONGEST_IDLE,
                CentreFixture.wrapUp(
                    org.switchboard.queue.service.definitions.WrapUpMode.MANDATORY, 0, true)));
    m.ready("ann", "sales");
    m.enqueue("c1", "sales");
    m.answer("ann");

    AgentState queued = m.centre.setPresence("ann", Presence.NOT_READY, "BREAK");
    assertThat(queued.presence().presence()).isEqualTo(Presence.READY);
    assertThat(queued.next()).isEqualTo(new PresenceChoice(Presence.NOT_READY, "BREAK"));

    m.centre.callEnded("c1");
    assertThat(m.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    assertThat(m.presence("ann").presence()).isEqualTo(Presence.READY);

    m.centre.submitWrapUp("ann", "c1", "RESOLVED", "fine", List.of());
    AgentState after = m.centre.agent("ann");
    assertThat(after.presence()).isEqualTo(new PresenceChoice(Presence.NOT_READY, "BREAK"));
    assertThat(after.next()).isNull();
    assertThat(after.routing()).isEqualTo(RoutingState.IDLE);
  }

  @Test
  void logoutDuringACallIsQueuedAndSkipsWrapUp() {
    CentreFixture m =
        new CentreFixture(
            queue(
                "sales",
                org.switchboard.queue.service.routing.Strategy.LONGEST_IDLE,
                CentreFixture.wrapUp(
                    org.switchboard.queue.service.definitions.WrapUpMode.MANDATORY, 0, true)));
    m.ready("ann", "sales");
    m.enqueue("c1", "sales");
    m.answer("ann");

    AgentState during = m.centre.logout("ann");
    assertThat(during.presence().presence()).isEqualTo(Presence.READY);
    assertThat(during.next()).isEqualTo(new PresenceChoice(Presence.OFFLINE, null));

    m.centre.callEnded("c1");
    assertThat(m.routing("ann")).isEqualTo(RoutingState.WRAP_UP);
    AgentState out = m.centre.logout("ann");
    assertThat(out.presence().presence()).isEqualTo(Presence.OFFLINE);
    assertThat(out.queues()).isEmpty();
    assertThat(m.interaction("c1").status()).isEqualTo(InteractionStatus.DONE);
  }

  @Test
  void logoutWhileAnOfferRingsWithdrawsItAndTheCallGoesToTheNextAgent() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    OfferInfo first = f.offerTo("ann");
    f.ready("bob", "sales");

    f.centre.logout("ann");

    assertThat(f.offersEnded())
        .anySatisfy(
            e -> {
              assertThat(e.offer().id()).isEqualTo(first.id());
              assertThat(e.outcome()).isEqualTo(OfferOutcome.WITHDRAWN);
            });
    assertThat(f.offerTo("bob").interaction().id()).isEqualTo("c1");
    assertThat(f.centre.agent("ann").missedInRow()).isZero();
  }

  @Test
  void agentChangedEventsCarryEachNewVersion() {
    f.ready("ann", "sales");
    java.util.List<Long> versions =
        f.events.stream()
            .filter(e -> e instanceof CentreEvent.AgentChanged)
            .map(e -> ((CentreEvent.AgentChanged) e).agent().version())
            .toList();
    assertThat(versions).isSorted().doesNotHaveDuplicates().hasSize(2);
  }
}
