package org.switchboard.queue.service.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.protocol.WrapUpBody;
import org.switchboard.queue.service.api.CentreGateway.Published;
import org.switchboard.queue.service.api.CentreGateway.Refusal;
import org.switchboard.queue.service.centre.CentreFixture;
import org.switchboard.queue.service.definitions.CentreDefinition;

/** The gateway over a real centre: commands, refusals as statuses, events with their audience. */
class CentreServiceTest {
  private final CentreFixture fixture = new CentreFixture(CentreFixture.queue("sales"));
  private final AtomicReference<CentreDefinition> reloaded = new AtomicReference<>();
  private final CentreService gateway =
      new CentreService(
          fixture.centre,
          new DirectExecutor(),
          fixture.clock,
          fixture.timers,
          () -> {
            CentreDefinition next = reloaded.get();
            if (next == null) {
              throw new IllegalArgumentException("sample.yaml:3:7: unknown key 'queus'");
            }
            return next;
          });
  private final List<Published> published = new ArrayList<>();

  CentreServiceTest() {
    gateway.subscribe(published::add);
  }

  private AgentView ready(String agent) {
    AgentView in = gateway.login(agent, List.of("sales"));
    return gateway.changePresence(agent, new PresenceView(WirePresence.READY, null), in.version());
  }

  @Test
  void anAgentLogsInAndGoesReadyWithVersionsThatRefuseStaleChanges() {
    AgentView ready = ready("ann");

    assertThat(ready.presence().presence()).isEqualTo(WirePresence.READY);
    assertThat(ready.routing()).isEqualTo(WireRoutingState.IDLE);
    assertThat(ready.queues()).containsExactly("sales");
    assertThatThrownBy(
            () ->
                gateway.changePresence(
                    "ann", new PresenceView(WirePresence.NOT_READY, "BREAK"), ready.version() - 1))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409))
        .hasMessageContaining("version");
    assertThatThrownBy(
            () ->
                gateway.changePresence(
                    "ann", new PresenceView(WirePresence.NOT_READY, "NAP"), null))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(400))
        .hasMessageContaining("NAP");
    assertThatThrownBy(() -> gateway.agent("zed"))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(404));
  }

  @Test
  void anOfferIsPublishedToItsAgentWithTheAttachedDataAndAcceptingConnectsTheCall() {
    ready("ann");
    published.clear();

    fixture.enqueue("i-1", "sales");

    Published offer = only(EventTypes.OFFER_MADE);
    assertThat(offer.agents()).containsExactly("ann");
    OfferView view = (OfferView) offer.payload();
    assertThat(view.interaction().data()).containsEntry("account", "42");
    assertThat(view.expires()).isAfter(fixture.clock.instant());

    gateway.acceptOffer(view.id(), "ann");

    InteractionView call = gateway.interaction("i-1");
    assertThat(call.state()).isEqualTo("connected");
    assertThat(call.agent()).isEqualTo("ann");
    assertThat(call.times().answered()).isNotNull();
    assertThat(gateway.agent("ann").routing()).isEqualTo(WireRoutingState.CONNECTED);
    assertThat(published)
        .anyMatch(
            p -> p.type().equals(EventTypes.INTERACTION_CHANGED) && p.agents().contains("ann"));
  }

  @Test
  void aSnapshotHoldsTheCatalogueAgentsCallsAndFigures() {
    ready("ann");
    ready("bob");
    fixture.enqueue("i-1", "sales");

    SnapshotView snapshot = gateway.snapshot(() -> 41);

    assertThat(snapshot.sequence()).isEqualTo(41);
    assertThat(snapshot.catalogue().queues())
        .extracting(CatalogueView.QueueInfo::id)
        .contains("sales");
    assertThat(snapshot.catalogue().reasonCodes())
        .extracting(CatalogueView.ReasonInfo::code)
        .contains("BREAK", "MISSED");
    assertThat(snapshot.agents()).extracting(AgentView::id).contains("ann", "bob");
    assertThat(snapshot.offers()).hasSize(1);
    assertThat(snapshot.interactions()).extracting(InteractionView::id).containsExactly("i-1");
    assertThat(snapshot.figures())
        .singleElement()
        .satisfies(f -> assertThat(f.queue()).isEqualTo("sales"));
  }

  @Test
  void figuresArePublishedForEveryone() {
    ready("ann");
    fixture.enqueue("i-1", "sales");
    fixture.advance(2);

    assertThat(published)
        .anyMatch(p -> p.type().equals(EventTypes.QUEUE_FIGURES) && p.agents().isEmpty());
  }

  @Test
  void wrongRequestsAreRefusedWithTheirStatus() {
    ready("ann");
    fixture.enqueue("i-1", "sales");
    OfferView offer = (OfferView) only(EventTypes.OFFER_MADE).payload();
    gateway.acceptOffer(offer.id(), "ann");

    assertThatThrownBy(() -> gateway.wrapUp("i-1", "ann", new WrapUpBody(null, "", List.of())))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(400));
    assertThatThrownBy(
            () ->
                gateway.transfer(
                    "i-1", "ann", new Requests.Transfer("blind", "number", "+15550100")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(422));
    assertThatThrownBy(
            () -> gateway.transfer("i-1", "bob", new Requests.Transfer("blind", "queue", "sales")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409));
    assertThatThrownBy(() -> gateway.interaction("i-404"))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(404));
  }

  @Test
  void aTransferToAnOutsideNumberGoesToTheDiallerOnlyForTheAgentHandlingTheCall() {
    ready("ann");
    fixture.enqueue("i-1", "sales");
    OfferView offer = (OfferView) only(EventTypes.OFFER_MADE).payload();
    gateway.acceptOffer(offer.id(), "ann");
    List<String> dialled = new ArrayList<>();
    gateway.useOutsideDialler(recordingDialler(dialled));

    InteractionView view =
        gateway.transfer("i-1", "ann", new Requests.Transfer("blind", "number", "+15550100"));

    assertThat(dialled).containsExactly("blind i-1 ann +15550100");
    assertThat(view.state()).as("it changes when the number answers").isEqualTo("connected");
    assertThatThrownBy(
            () -> gateway.transfer("i-1", "bob", new Requests.Transfer("blind", "number", "+1")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409));
    assertThatThrownBy(
            () -> gateway.transfer("i-1", "ann", new Requests.Transfer("blind", "number", "x y")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(422))
        .hasMessageContaining("'x y' is not a number");
    assertThatThrownBy(
            () ->
                gateway.transfer(
                    "i-1", "ann", new Requests.Transfer("blind", "number", "busy-line")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409))
        .hasMessageContaining("already under way");
    assertThat(dialled).hasSize(1);
  }

  /** A dialler noting what it dials; it cannot dial "busy-line" (409) or a non-number (422). */
  private static OutsideDialler recordingDialler(List<String> dialled) {
    OutsideDialler.Dial blind =
        (interaction, agent, target) -> dial(dialled, "blind", interaction, agent, target);
    OutsideDialler.Dial consult =
        (interaction, agent, target) -> dial(dialled, "consult", interaction, agent, target);
    return OutsideDialler.of(blind, consult);
  }

  private static void dial(
      List<String> dialled, String mode, String interaction, String agent, String target) {
    if (target.equals("busy-line")) {
      throw new IllegalStateException("a transfer to an outside number is already under way");
    }
    if (!target.startsWith("+")) {
      throw new IllegalArgumentException("'" + target + "' is not a number");
    }
    dialled.add(mode + " " + interaction + " " + agent + " " + target);
  }

  @Test
  void aConsultWithAnOutsideNumberIsOpenedOnTheCentreThenDialled() {
    ready("ann");
    fixture.enqueue("i-1", "sales");
    OfferView offer = (OfferView) only(EventTypes.OFFER_MADE).payload();
    gateway.acceptOffer(offer.id(), "ann");
    List<String> dialled = new ArrayList<>();
    gateway.useOutsideDialler(recordingDialler(dialled));

    InteractionView ringing =
        gateway.transfer("i-1", "ann", new Requests.Transfer("consult", "number", "+15550100"));

    assertThat(dialled).containsExactly("consult i-1 ann +15550100");
    assertThat(ringing.state()).isEqualTo("held");
    assertThat(ringing.consult())
        .isEqualTo(
            new InteractionView.Consult(
                InteractionView.Consult.RINGING, "sales", null, "+15550100"));
    assertThat(gateway.agent("ann").routing()).isEqualTo(WireRoutingState.HELD);
    assertThatThrownBy(() -> gateway.completeTransfer("i-1", "ann"))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409));

    fixture.centre.outsideConsultAnswered("i-1");
    assertThat(gateway.interaction("i-1").consult())
        .isEqualTo(
            new InteractionView.Consult(
                InteractionView.Consult.ANSWERED, "sales", null, "+15550100"));
    InteractionView out = gateway.completeTransfer("i-1", "ann");

    assertThat(out.endReason()).isEqualTo("transferred_out");
    assertThat(out.consult()).isNull();
    assertThat(gateway.agent("ann").routing())
        .as("ann's part is over (this queue has no wrap-up)")
        .isEqualTo(WireRoutingState.IDLE);
  }

  @Test
  void aConsultWithAnOutsideNumberTheDiallerRefusesIsCancelledAgain() {
    ready("ann");
    fixture.enqueue("i-1", "sales");
    OfferView offer = (OfferView) only(EventTypes.OFFER_MADE).payload();
    gateway.acceptOffer(offer.id(), "ann");
    List<String> dialled = new ArrayList<>();
    gateway.useOutsideDialler(recordingDialler(dialled));

    assertThatThrownBy(
            () ->
                gateway.transfer(
                    "i-1", "ann", new Requests.Transfer("consult", "number", "busy-line")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409))
        .hasMessageContaining("already under way");
    InteractionView back = gateway.interaction("i-1");
    assertThat(back.state()).isEqualTo("connected");
    assertThat(back.consult()).isNull();
    assertThat(gateway.agent("ann").routing()).isEqualTo(WireRoutingState.CONNECTED);

    assertThatThrownBy(
            () -> gateway.transfer("i-1", "ann", new Requests.Transfer("consult", "number", "x y")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(422))
        .hasMessageContaining("'x y' is not a number");
    assertThat(gateway.interaction("i-1").consult()).isNull();
    assertThatThrownBy(
            () -> gateway.transfer("i-1", "bob", new Requests.Transfer("consult", "number", "+1")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409));
    assertThat(gateway.interaction("i-1").state()).isEqualTo("connected");
    assertThat(dialled).isEmpty();
  }

  @Test
  void anOpenConsultIsShownOnTheInteractionFromRingingToAnsweredAndGoneWhenCompleted() {
    ready("ann");
    fixture.enqueue("i-1", "sales");
    OfferView first = (OfferView) only(EventTypes.OFFER_MADE).payload();
    gateway.acceptOffer(first.id(), "ann");
    assertThat(gateway.interaction("i-1").consult()).isNull();
    ready("bob");
    published.clear();

    InteractionView ringing =
        gateway.transfer("i-1", "ann", new Requests.Transfer("consult", "agent", "bob"));

    assertThat(ringing.state()).isEqualTo("held");
    assertThat(ringing.consult())
        .isEqualTo(
            new InteractionView.Consult(InteractionView.Consult.RINGING, "sales", null, null));
    OfferView toBob = (OfferView) only(EventTypes.OFFER_MADE).payload();
    gateway.acceptOffer(toBob.id(), "bob");
    InteractionView talking = gateway.interaction("i-1");
    assertThat(talking.consult())
        .isEqualTo(
            new InteractionView.Consult(InteractionView.Consult.ANSWERED, "sales", "bob", null));
    assertThat(talking.agent()).as("ann still has the customer").isEqualTo("ann");

    InteractionView done = gateway.completeTransfer("i-1", "ann");

    assertThat(done.consult()).isNull();
    assertThat(done.agent()).isEqualTo("bob");
    assertThat(done.state()).isEqualTo("connected");
  }

  @Test
  void aConsultToAQueueWaitsThereAndCancellingClearsIt() {
    ready("ann");
    fixture.enqueue("i-1", "sales");
    OfferView first = (OfferView) only(EventTypes.OFFER_MADE).payload();
    gateway.acceptOffer(first.id(), "ann");

    InteractionView waiting =
        gateway.transfer("i-1", "ann", new Requests.Transfer("consult", "queue", "sales"));

    assertThat(waiting.consult())
        .isEqualTo(
            new InteractionView.Consult(InteractionView.Consult.WAITING, "sales", null, null));
    InteractionView back = gateway.cancelTransfer("i-1", "ann");
    assertThat(back.consult()).isNull();
    assertThat(back.state()).isEqualTo("connected");
  }

  @Test
  void aBadReloadIsRefusedWithTheFilesReasonAndAGoodOneIsAnnounced() {
    assertThatThrownBy(gateway::reloadConfiguration)
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(422))
        .hasMessageContaining("sample.yaml:3:7");

    reloaded.set(fixture.centre.definition());
    CatalogueView catalogue = gateway.reloadConfiguration();

    assertThat(catalogue.queues()).extracting(CatalogueView.QueueInfo::id).contains("sales");
    assertThat(published).anyMatch(p -> p.type().equals(EventTypes.CATALOGUE_CHANGED));
  }

  @Test
  void aDesktopGoneDuringAnOfferLogsTheAgentOutAndTheCallWaitsAgain() {
    ready("ann");
    fixture.enqueue("i-1", "sales");

    gateway.desktopGone("ann");

    assertThat(gateway.agent("ann").presence().presence()).isEqualTo(WirePresence.OFFLINE);
    assertThat(gateway.interaction("i-1").state()).isEqualTo("waiting");
  }

  private Published only(String type) {
    List<Published> matching = published.stream().filter(p -> p.type().equals(type)).toList();
    assertThat(matching).as("events of type %s", type).hasSize(1);
    return matching.get(0);
  }
}
