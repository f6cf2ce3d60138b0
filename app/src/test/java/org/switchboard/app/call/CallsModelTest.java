package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.RemoteParty;
import org.switchboard.testkit.ManualClock;

class CallsModelTest {
  private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");

  private final ManualClock clock = new ManualClock(T0);
  private final FakeCallControl control = new FakeCallControl();
  private final List<Runnable> hops = new ArrayList<>();
  private final CallsModel model = new CallsModel(control, hops::add, clock);

  private static CallId id(String value) {
    return new CallId(value);
  }

  private void ring(String call) {
    model.apply(
        new CallEvent.Incoming(
            id(call), new RemoteParty("sip:100@example.com", "Ann", null), Map.of()));
  }

  private void dial(String call) {
    model.apply(
        new CallEvent.Dialing(id(call), new RemoteParty("sip:200@example.com", null, null)));
  }

  private void answer(String call) {
    model.apply(new CallEvent.Answered(id(call)));
  }

  private void end(String call) {
    model.apply(new CallEvent.Ended(id(call), EndReason.REMOTE_HANGUP, 0, "bye"));
  }

  private CallEntry entry(String call) {
    return java.util.Objects.requireNonNull(model.find(id(call)), () -> call + " is not listed");
  }

  private String active() {
    CallEntry a = model.active();
    return a == null ? "none" : a.id().value();
  }

  @Test
  void anOfferedCallIsListedRingingAndActiveBeforeOfferListenersHearOfIt() {
    List<String> seen = new ArrayList<>();
    model.onOffered(e -> seen.add(e.id() + " listed=" + model.calls().contains(e)));

    ring("c1");

    assertThat(model.calls()).extracting(CallEntry::status).containsExactly(CallStatus.RINGING);
    assertThat(active()).isEqualTo("c1");
    assertThat(seen).containsExactly("c1 listed=true");
    assertThat(entry("c1").started()).isEqualTo(T0);
  }

  @Test
  void answeringRecordsWhenAndTalks() {
    ring("c1");
    clock.advance(Duration.ofSeconds(7));
    answer("c1");

    assertThat(entry("c1").status()).isEqualTo(CallStatus.TALKING);
    assertThat(entry("c1").answeredAt()).isEqualTo(T0.plusSeconds(7));
    assertThat(entry("c1").wasAnswered()).isTrue();
  }

  @Test
  void holdOnEitherSideIsToldApartAsTheStackReportsIt() {
    ring("c1");
    answer("c1");

    model.apply(new CallEvent.Held(id("c1"), HoldSide.REMOTE));
    assertThat(entry("c1").status()).isEqualTo(CallStatus.HELD_BY_REMOTE);
    model.apply(new CallEvent.Held(id("c1"), HoldSide.BOTH));
    assertThat(entry("c1").status())
        .as("the agent's own hold shows first when both hold")
        .isEqualTo(CallStatus.HELD);
    model.apply(new CallEvent.Held(id("c1"), HoldSide.REMOTE));
    assertThat(entry("c1").status())
        .as("the agent resumed; the peer still holds")
        .isEqualTo(CallStatus.HELD_BY_REMOTE);
    model.apply(new CallEvent.Held(id("c1"), HoldSide.LOCAL));
    assertThat(entry("c1").status()).isEqualTo(CallStatus.HELD);
    model.apply(new CallEvent.Resumed(id("c1")));
    assertThat(entry("c1").status()).isEqualTo(CallStatus.TALKING);
  }

  @Test
  void anOutboundCallRingsAtTheOtherEndWithEarlyMediaThenTalks() {
    dial("d1");
    model.apply(new CallEvent.RemoteRinging(id("d1"), true));
    assertThat(entry("d1").status()).isEqualTo(CallStatus.REMOTE_RINGING);
    assertThat(entry("d1").earlyMediaProperty().get()).isTrue();
    answer("d1");
    assertThat(entry("d1").status()).isEqualTo(CallStatus.TALKING);
    assertThat(entry("d1").status().established()).isTrue();
  }

  @Test
  void muteQualityTransferProgressAndConferenceAreKeptPerCall() {
    ring("c1");
    answer("c1");
    CallQuality quality = new CallQuality(3.5, 2.0, Duration.ofMillis(30), Duration.ZERO);

    model.apply(new CallEvent.Muted(id("c1"), true));
    model.apply(new CallEvent.QualityChanged(id("c1"), quality));
    model.apply(new CallEvent.TransferProgress(id("c1"), 180));
    model.apply(new CallEvent.Held(id("c1"), HoldSide.LOCAL));
    model.apply(new CallEvent.Conferenced(id("c1"), id("c2")));

    CallEntry c1 = entry("c1");
    assertThat(c1.mutedProperty().get()).isTrue();
    assertThat(c1.qualityProperty().get()).isEqualTo(quality);
    assertThat(c1.transferStatusProperty().get()).isEqualTo(180);
    assertThat(c1.conferencedWithProperty().get()).isEqualTo(id("c2"));
    assertThat(c1.status())
        .as("a conference takes the call off hold")
        .isEqualTo(CallStatus.TALKING);
  }

  @Test
  void aNewTransferForgetsTheProgressOfTheLastOne() {
    ring("c1");
    answer("c1");
    model.apply(new CallEvent.TransferProgress(id("c1"), 486));
    List<Integer> seen = new ArrayList<>();
    entry("c1").transferStatusProperty().addListener((o, old, now) -> seen.add(now));

    entry("c1").transferAsked();
    model.apply(new CallEvent.TransferProgress(id("c1"), 486));

    assertThat(seen).containsExactly(null, 486);
  }

  @Test
  void anEndedCallLeavesTheListBeforeEndListenersHearOfIt() {
    List<String> seen = new ArrayList<>();
    model.onEnded(e -> seen.add(e.id() + " listed=" + model.calls().contains(e)));
    ring("c1");
    answer("c1");
    clock.advance(Duration.ofSeconds(30));

    model.apply(new CallEvent.Ended(id("c1"), EndReason.BUSY, 486, "busy"));

    assertThat(model.calls()).isEmpty();
    assertThat(model.active()).isNull();
    assertThat(seen).containsExactly("c1 listed=false");
  }

  @Test
  void anEndedCallKeepsWhyAndWhen() {
    List<CallEntry> ended = new ArrayList<>();
    model.onEnded(ended::add);
    ring("c1");
    clock.advance(Duration.ofSeconds(4));
    model.apply(new CallEvent.Ended(id("c1"), EndReason.CALLER_CANCELLED, 487, "cancelled"));

    CallEntry c1 = ended.get(0);
    assertThat(c1.status()).isEqualTo(CallStatus.ENDED);
    assertThat(c1.endReason()).isEqualTo(EndReason.CALLER_CANCELLED);
    assertThat(c1.endStatus()).isEqualTo(487);
    assertThat(c1.endedAt()).isEqualTo(T0.plusSeconds(4));
    assertThat(c1.wasAnswered()).isFalse();
  }

  @Test
  void whenTheActiveCallEndsATalkingCallFollowsElseTheNewestRingingElseTheNewest() {
    ring("c1");
    answer("c1");
    model.apply(new CallEvent.Held(id("c1"), HoldSide.LOCAL));
    dial("d1");
    answer("d1");
    dial("d2");
    model.apply(new CallEvent.Held(id("d1"), HoldSide.LOCAL));
    answer("d2");
    model.apply(new CallEvent.Resumed(id("d1")));

    end("d2");
    assertThat(active()).as("the talking one").isEqualTo("d1");

    ring("c2");
    ring("c3");
    assertThat(active()).as("a talking agent keeps the call").isEqualTo("d1");
    end("d1");
    assertThat(active()).as("the newest ringing one").isEqualTo("c3");

    end("c3");
    end("c2");
    dial("d3");
    model.apply(new CallEvent.Held(id("d3"), HoldSide.LOCAL));
    dial("d4");
    model.apply(new CallEvent.Held(id("d4"), HoldSide.LOCAL));
    model.select(entry("c1"));
    end("c1");
    assertThat(active()).as("the newest").isEqualTo("d4");
  }

  @Test
  void anEndingCallThatIsNotActiveLeavesTheAgentsChoiceAlone() {
    ring("c1");
    answer("c1");
    dial("d1");
    answer("d1");
    model.apply(new CallEvent.Held(id("d1"), HoldSide.LOCAL));
    model.select(entry("d1"));

    end("c1");

    assertThat(active()).isEqualTo("d1");
  }

  @Test
  void aNewRingingCallComesToTheFrontOnlyWhenTheAgentIsNotBusy() {
    dial("d1");
    ring("c1");
    assertThat(active()).as("while dialling").isEqualTo("d1");
    answer("d1");
    ring("c2");
    assertThat(active()).as("while talking").isEqualTo("d1");
    model.apply(new CallEvent.Held(id("d1"), HoldSide.LOCAL));
    ring("c3");
    assertThat(active()).as("while the agent holds the call").isEqualTo("c3");
    ring("c4");
    assertThat(active()).as("newest ringing").isEqualTo("c4");
  }

  @Test
  void theCallTheAgentAnswersBecomesActiveEvenWhileAnotherTalks() {
    ring("c1");
    answer("c1");
    ring("c2");
    assertThat(active()).isEqualTo("c1");

    answer("c2");

    assertThat(active()).isEqualTo("c2");
  }

  @Test
  void aCallComingOffHoldTakesOverOnlyWhenNothingElseTalks() {
    ring("c1");
    answer("c1");
    model.apply(new CallEvent.Held(id("c1"), HoldSide.REMOTE));
    dial("d1");
    answer("d1");

    model.apply(new CallEvent.Resumed(id("c1")));
    assertThat(active()).as("the remote side resumed; the agent talks on d1").isEqualTo("d1");

    model.apply(new CallEvent.Held(id("d1"), HoldSide.LOCAL));
    model.apply(new CallEvent.Held(id("c1"), HoldSide.LOCAL));
    model.apply(new CallEvent.Resumed(id("c1")));
    assertThat(active()).isEqualTo("c1");
  }

  @Test
  void selectingPicksOnlyListedCalls() {
    ring("c1");
    ring("c2");
    model.select(entry("c1"));
    assertThat(active()).isEqualTo("c1");
    CallEntry c2 = entry("c2");
    end("c2");

    model.select(c2);

    assertThat(active()).isEqualTo("c1");
  }

  @Test
  void eventsOfUnknownCallsAndRepeatedStartsChangeNothing() {
    ring("c1");
    ring("c1");
    dial("c1");
    model.apply(new CallEvent.Answered(id("zz")));
    model.apply(new CallEvent.Ended(id("zz"), EndReason.FAILED, 500, "x"));

    assertThat(model.calls()).hasSize(1);
    assertThat(entry("c1").status()).isEqualTo(CallStatus.RINGING);
  }

  @Test
  void startFollowsTheCallControlThroughTheUiExecutorAndStopLetsGo() {
    model.start();
    model.start();
    control.ring("c1", "Ann", "+4930901820");
    assertThat(model.calls()).as("nothing before the UI runs it").isEmpty();
    assertThat(hops).hasSize(1);
    hops.forEach(Runnable::run);
    assertThat(model.calls()).hasSize(1);
    assertThat(entry("c1").remote().name()).contains("Ann");

    model.stop();
    control.ring("c2", "Bob", "+4930901821");
    assertThat(hops).hasSize(1);
  }

  @Test
  void outboundCallsStartDiallingWithoutHeadersAndBecomeActive() {
    ring("c1");
    dial("d1");
    CallEntry d1 = entry("d1");
    assertThat(d1.status()).isEqualTo(CallStatus.DIALING);
    assertThat(d1.headers()).isEmpty();
    assertThat(active()).isEqualTo("d1");
    assertThat(model.control()).isSameAs(control);
  }
}
