package org.switchboard.queue.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.queue.protocol.ClientMessage;
import org.switchboard.queue.protocol.Event;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.Heartbeat;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.Welcome;
import org.switchboard.testkit.ManualClock;

@Tag("lab")
@Timeout(60)
class ApiEventsLabTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));

  @SuppressWarnings("NullAway.Init")
  private ApiLab lab;

  private void start(int replayCapacity) {
    lab = new ApiLab(clock, ApiLab.manualTicks(replayCapacity));
  }

  @AfterEach
  void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  private RawSocket connect(String user) throws IOException {
    return new RawSocket(lab.http, lab.base(), lab.token(user), false);
  }

  private RawSocket hello(String user) throws Exception {
    RawSocket s = connect(user);
    s.send(ClientMessage.hello());
    assertThat(s.next().type()).isEqualTo(EventTypes.WELCOME);
    assertThat(s.next().type()).isEqualTo(EventTypes.SNAPSHOT);
    return s;
  }

  @Test
  void helloIsAnsweredWithAWelcomeThenASnapshot() throws Exception {
    start(100);
    try (RawSocket s = connect("sue")) {
      s.send(ClientMessage.hello());

      Event welcome = s.next();
      Event snapshot = s.next();

      assertThat(welcome.type()).isEqualTo(EventTypes.WELCOME);
      Welcome w = welcome.dataAs(Welcome.class);
      assertThat(w.resumed()).isFalse();
      assertThat(w.user()).isEqualTo("sue");
      assertThat(w.heartbeatSeconds()).isEqualTo(5);
      assertThat(snapshot.type()).isEqualTo(EventTypes.SNAPSHOT);
      assertThat(snapshot.source()).isEqualTo(lab.server.source());
      assertThat(snapshot.dataAs(SnapshotView.class).agents()).hasSize(2);
    }
  }

  @Test
  void theTokenMayComeInTheQueryAndNoTokenIsRefused() throws Exception {
    start(100);
    try (RawSocket s = new RawSocket(lab.http, lab.base(), lab.token("ann"), true)) {
      s.send(ClientMessage.hello());
      assertThat(s.next().type()).isEqualTo(EventTypes.WELCOME);
    }
    try (RawSocket s = new RawSocket(lab.http, lab.base(), "bogus", false)) {
      assertThat(s.failedWithStatus.get(5, TimeUnit.SECONDS)).isEqualTo(401);
    }
  }

  @Test
  void eventsAreNumberedByOneSequence() throws Exception {
    start(100);
    try (RawSocket sue = hello("sue")) {
      lab.centre.offer("ann", "i1", "sales");

      List<Event> events = sue.nextSequenced(3);

      assertThat(events).extracting(Event::sequence).containsExactly(1L, 2L, 3L);
      assertThat(events)
          .extracting(Event::type)
          .containsExactly(
              EventTypes.INTERACTION_CHANGED, EventTypes.OFFER_MADE, EventTypes.AGENT_CHANGED);
      assertThat(events.get(1).id()).isEqualTo(lab.server.source() + "#2");
    }
  }

  @Test
  void anAgentSeesOnlyItsOwnEventsAndASupervisorSeesAll() throws Exception {
    start(100);
    try (RawSocket ann = hello("ann");
        RawSocket bob = hello("bob");
        RawSocket sue = hello("sue")) {
      lab.centre.offer("bob", "i-bob", "sales"); // 1-3
      lab.centre.offer("ann", "i-ann", "sales"); // 4-6

      assertThat(sue.nextSequenced(6))
          .extracting(Event::sequence)
          .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
      List<Event> annSees = ann.nextSequenced(3);
      assertThat(annSees).extracting(Event::sequence).containsExactly(4L, 5L, 6L);
      assertThat(annSees).allSatisfy(e -> assertThat(e.data().toString()).doesNotContain("i-bob"));
      assertThat(bob.nextSequenced(3)).extracting(Event::sequence).containsExactly(1L, 2L, 3L);
      assertThat(ann.received.stream().filter(e -> e.sequence() > 0)).isEmpty();
    }
  }

  @Test
  void aRingAllOfferShowsAnAgentOnlyItself() throws Exception {
    start(100);
    try (RawSocket ann = hello("ann")) {
      lab.centre.offer("ann", "i1", "sales");
      Event offer =
          ann.nextSequenced(2).stream()
              .filter(e -> e.type().equals(EventTypes.OFFER_MADE))
              .findFirst()
              .orElseThrow();
      assertThat(offer.dataAs(OfferView.class).agents()).containsExactly("ann");
    }
  }

  @Test
  void resumingAfterADropSendsExactlyTheMissedEvents() throws Exception {
    start(100);
    RawSocket first = hello("sue");
    lab.centre.offer("ann", "i1", "sales");
    long last = first.nextSequenced(3).get(2).sequence();
    first.drop();
    lab.centre.offer("bob", "i2", "support"); // 4-6, missed
    lab.centre.figures("sales", 2); // 7, missed

    try (RawSocket again = connect("sue")) {
      again.send(ClientMessage.resume(lab.server.source(), last));
      Event welcome = again.next();
      assertThat(welcome.dataAs(Welcome.class).resumed()).isTrue();
      assertThat(again.nextSequenced(4))
          .extracting(Event::sequence)
          .containsExactly(4L, 5L, 6L, 7L);
      lab.centre.figures("sales", 3);
      Event live = again.nextNotHeartbeat();
      assertThat(live.sequence()).isEqualTo(8);
      assertThat(again.received).isEmpty();
    }
  }

  @Test
  void resumingAnotherRunsStreamGetsASnapshot() throws Exception {
    start(100);
    lab.centre.offer("ann", "i1", "sales");
    try (RawSocket s = connect("sue")) {
      s.send(ClientMessage.resume("/queue-service/an-earlier-run", 3));

      assertThat(s.next().dataAs(Welcome.class).resumed()).isFalse();
      Event snapshot = s.next();
      assertThat(snapshot.type()).isEqualTo(EventTypes.SNAPSHOT);
      assertThat(snapshot.dataAs(SnapshotView.class).sequence()).isEqualTo(3);
      assertThat(snapshot.dataAs(SnapshotView.class).offers()).hasSize(1);
    }
  }

  @Test
  void resumingFromTooOldASequenceGetsASnapshot() throws Exception {
    start(2);
    lab.centre.offer("ann", "i1", "sales"); // 1-3; only 2 and 3 are kept
    try (RawSocket s = connect("sue")) {
      s.send(ClientMessage.resume(lab.server.source(), 0));

      assertThat(s.next().dataAs(Welcome.class).resumed()).isFalse();
      assertThat(s.next().dataAs(SnapshotView.class).sequence()).isEqualTo(3);
    }
    try (RawSocket s = connect("sue")) {
      s.send(ClientMessage.resume(lab.server.source(), 1));

      assertThat(s.next().dataAs(Welcome.class).resumed()).isTrue();
      assertThat(s.nextSequenced(2)).extracting(Event::sequence).containsExactly(2L, 3L);
    }
  }

  @Test
  void aSnapshotIsSentOnRequestFollowedByLiveEvents() throws Exception {
    start(100);
    try (RawSocket s = hello("sue")) {
      lab.centre.offer("ann", "i1", "sales");
      s.nextSequenced(3);

      s.send(new ClientMessage(ClientMessage.SNAPSHOT, null, null));

      Event snapshot = s.nextNotHeartbeat();
      assertThat(snapshot.type()).isEqualTo(EventTypes.SNAPSHOT);
      assertThat(snapshot.dataAs(SnapshotView.class).sequence()).isEqualTo(3);
      lab.centre.figures("sales", 1);
      assertThat(s.nextNotHeartbeat().sequence()).isEqualTo(4);
    }
  }

  @Test
  void heartbeatsCarryTheLastSequence() throws Exception {
    start(100);
    try (RawSocket s = hello("sue")) {
      lab.centre.figures("sales", 1);
      s.nextSequenced(1);

      clock.advance(Duration.ofSeconds(5));
      lab.server.tick();

      Event hb = s.next();
      assertThat(hb.type()).isEqualTo(EventTypes.HEARTBEAT);
      assertThat(hb.dataAs(Heartbeat.class).lastSequence()).isEqualTo(1);
    }
  }

  @Test
  void aClientSilentForThreeHeartbeatsIsClosed() throws Exception {
    start(100);
    try (RawSocket quiet = hello("sue");
        RawSocket chatty = hello("ada")) {
      clock.advance(Duration.ofSeconds(10));
      chatty.send(ClientMessage.heartbeat());
      awaitHeard(chatty);
      clock.advance(Duration.ofSeconds(6));

      lab.server.tick();

      assertThat(quiet.closed.get(5, TimeUnit.SECONDS)).isEqualTo(EventClient.CLOSE_SILENT);
      assertThat(chatty.closed).isNotDone();
    }
  }

  private void awaitHeard(RawSocket socket) throws Exception {
    // The heartbeat is in flight; a snapshot request behind it proves the service read it.
    socket.send(new ClientMessage(ClientMessage.SNAPSHOT, null, null));
    assertThat(socket.nextNotHeartbeat().type()).isEqualTo(EventTypes.SNAPSHOT);
  }

  @Test
  void anAgentGoneForTheGracePeriodIsReportedOnce() throws Exception {
    start(100);
    RawSocket ann = hello("ann");
    ann.close();
    awaitSockets(0);

    clock.advance(Duration.ofSeconds(29));
    lab.server.tick();
    assertThat(lab.centre.gone).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    lab.server.tick();
    lab.server.tick();
    assertThat(lab.centre.gone).containsExactly("ann");
  }

  @Test
  void reconnectingWithinTheGraceKeepsTheAgent() throws Exception {
    start(100);
    RawSocket ann = hello("ann");
    ann.drop();
    awaitSockets(0);
    clock.advance(Duration.ofSeconds(20));

    try (RawSocket again = hello("ann")) {
      clock.advance(Duration.ofSeconds(20));
      again.send(ClientMessage.heartbeat());
      awaitHeard(again);
      lab.server.tick();

      assertThat(lab.centre.gone).isEmpty();
    }
  }

  @Test
  void supervisorsHaveNoGracePeriod() throws Exception {
    start(100);
    hello("sue").close();
    awaitSockets(0);
    clock.advance(Duration.ofMinutes(5));
    lab.server.tick();
    assertThat(lab.centre.gone).isEmpty();
  }

  private void awaitSockets(int open) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (lab.server.openSockets() != open && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(lab.server.openSockets()).isEqualTo(open);
  }

  @Test
  void supervisorsSeeEveryQueueAndAgentsOnlyTheirs() throws Exception {
    start(100);
    lab.centre.login("ann", List.of("sales"));
    try (RawSocket ann = hello("ann");
        RawSocket sue = hello("sue")) {
      lab.centre.figures("support", 1);
      lab.centre.figures("sales", 2);

      assertThat(sue.nextSequenced(2))
          .extracting(Event::subject)
          .containsExactly("support", "sales");
      List<String> annSees =
          ann.nextSequenced(1).stream()
              .map(e -> String.valueOf(e.subject()))
              .collect(Collectors.toList());
      assertThat(annSees).containsExactly("sales");
    }
  }
}
