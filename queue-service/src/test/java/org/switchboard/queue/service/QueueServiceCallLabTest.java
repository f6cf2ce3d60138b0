package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.audio.MediaSettings;
import org.switchboard.audio.RtpMediaEngine;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.sip.SipListenSettings;
import org.switchboard.sip.SipUserAgent;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.ToneAnalysis;

/**
 * A customer's call through the real service: baresip (a 440 Hz tone, user 3184, ports 29400-29509)
 * calls the sample entry point 100 on the service (SIP 16710, RTP 41800-41899), presses 1 for
 * English and 1 for sales; agent alice's desktop stack (our SIP user agent with a 1000 Hz tone, SIP
 * 16712, RTP 41900-41949), registered to the service's registrar and ready through the API, is rung
 * with the interaction id in its INVITE, answers, and the two hear each other; the service records
 * the call.
 */
@Tag("lab")
@Timeout(120)
class QueueServiceCallLabTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void aCustomerGoesThroughTheIvrAndTheQueueToAnAgentWhoHearsThemAndIsRecorded() throws Exception {
    Lab lab = Lab.load();
    String address = lab.localAddress();
    Path config = dir.resolve("centre.yaml");
    Files.writeString(
        config,
        Files.readString(Path.of("config", "sample.yaml"))
            .replace("address: 127.0.0.1", "address: " + address)
            .replace("port: 8070", "port: 0")
            .replace("port: 5070", "port: 16710")
            .replace("rtpPortMin: 30000", "rtpPortMin: 41800")
            .replace("rtpPortMax: 30999", "rtpPortMax: 41899"));
    Path agentRecording = dir.resolve("alice-{call}.wav");

    try (QueueService service = QueueService.start(config, Clock.systemUTC());
        RtpMediaEngine aliceMedia =
            RtpMediaEngine.start(
                new MediaSettings(
                    address,
                    41900,
                    41949,
                    new AudioSource.Tone(1000),
                    new AudioSink.WavFile(agentRecording)),
                null);
        SipUserAgent alicePhone =
            SipUserAgent.start(
                new SipAccount(
                    "1001",
                    address,
                    "Alice",
                    "1001",
                    Secret.of("alice-phone"),
                    address,
                    16710,
                    SipTransport.UDP,
                    300),
                new SipListenSettings(address, 16712, SipTransport.UDP),
                aliceMedia)) {
      CompletableFuture<CallEvent.Incoming> offered = new CompletableFuture<>();
      alicePhone.addCallListener(
          e -> {
            if (e instanceof CallEvent.Incoming incoming) {
              offered.complete(incoming);
            }
          });
      alicePhone.register().get(10, TimeUnit.SECONDS);

      QueueClient alice =
          new QueueClient(
              HttpUrl.get("http://" + address + ":" + service.httpPort()), new OkHttpClient(), 2);
      alice.signIn("alice", "alice-sample");
      AgentView in = alice.login("alice", List.of("sales"));
      alice.changePresence("alice", new PresenceView(WirePresence.READY, null), in.version());

      try (PrivateBaresip customer =
              PrivateBaresip.start(
                  lab,
                  Files.createDirectories(dir.resolve("customer")),
                  "3184",
                  "PCMU",
                  440,
                  "",
                  29400);
          BaresipControl phone = customer.peer().control()) {
        phone.dial("sip:100@" + address + ":16710");
        phone.awaitEvent("CALL_ESTABLISHED", WAIT);
        Thread.sleep(1500); // the greeting starts; keys may barge in
        phone.sendDtmf('1'); // English
        Thread.sleep(1500);
        phone.sendDtmf('1'); // sales

        CallEvent.Incoming incoming = offered.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String interaction =
            java.util.Objects.requireNonNull(
                incoming.headers().get(Headers.SIP_INTERACTION),
                "the INVITE names the interaction");
        InteractionView call = alice.interaction(interaction);
        assertThat(call.queue()).isEqualTo("sales");
        assertThat(call.language()).isEqualTo("en");
        assertThat(call.data()).containsEntry("product", "sales");
        alicePhone.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
        await(
            "alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);

        Thread.sleep(2500);
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);

        Path heardByCustomer = customer.peer().latestReceivedRecording(WAIT);
        double seconds = ToneAnalysis.of(heardByCustomer).seconds();
        ToneAnalysis lastTwoSeconds = ToneAnalysis.ofChannel(heardByCustomer, 0, seconds - 2.0);
        assertThat(lastTwoSeconds.isTone(1000, 20))
            .as("the customer hears the agent at the end: %s", lastTwoSeconds)
            .isTrue();
        await(
            "the call ends and alice wraps up",
            () -> alice.agent("alice").routing() == WireRoutingState.WRAP_UP);
        InteractionView ended = alice.interaction(interaction);
        assertThat(ended.times().answered()).isNotNull();
        assertThat(ended.times().ended()).isNotNull();

        Path serviceRecording = dir.resolve("data/recordings/" + interaction + ".wav");
        await("the service's recording", () -> Files.exists(serviceRecording));
        assertThat(ToneAnalysis.ofChannel(serviceRecording, 1, 0.5).isTone(440, 20))
            .as("right: what the customer said")
            .isTrue();
        Path agentFile = await("alice's recording", () -> onlyFile(dir, "alice-"));
        assertThat(ToneAnalysis.ofChannel(agentFile, 1, 0.5).isTone(440, 20))
            .as("alice heard the customer: %s", ToneAnalysis.ofChannel(agentFile, 1, 0.5))
            .isTrue();
      }
    }
  }

  /** An agent's desktop stack: our SIP user agent with a tone, registered at the service. */
  private static final class AgentPhone implements AutoCloseable {
    final RtpMediaEngine media;
    final SipUserAgent sip;
    final java.util.concurrent.BlockingQueue<CallEvent> events =
        new java.util.concurrent.LinkedBlockingQueue<>();

    AgentPhone(
        String address,
        String extension,
        String password,
        int sipPort,
        int rtpMin,
        double tone,
        Path recording)
        throws Exception {
      media =
          RtpMediaEngine.start(
              new MediaSettings(
                  address,
                  rtpMin,
                  rtpMin + 49,
                  new AudioSource.Tone(tone),
                  new AudioSink.WavFile(recording)),
              null);
      sip =
          SipUserAgent.start(
              new SipAccount(
                  extension,
                  address,
                  extension,
                  extension,
                  Secret.of(password),
                  address,
                  16710,
                  SipTransport.UDP,
                  300),
              new SipListenSettings(address, sipPort, SipTransport.UDP),
              media);
      sip.addCallListener(events::add);
      sip.register().get(10, TimeUnit.SECONDS);
    }

    <T extends CallEvent> T await(Class<T> type) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        CallEvent next = events.poll(100, TimeUnit.MILLISECONDS);
        if (type.isInstance(next)) {
          return type.cast(next);
        }
      }
      throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT);
    }

    @Override
    public void close() {
      sip.close();
      media.close();
    }
  }

  private static QueueClient readyIn(
      QueueService service, String address, String user, String queue) {
    QueueClient client =
        new QueueClient(
            HttpUrl.get("http://" + address + ":" + service.httpPort()), new OkHttpClient(), 2);
    client.signIn(user, user + "-sample");
    AgentView in = client.login(user, List.of(queue));
    client.changePresence(user, new PresenceView(WirePresence.READY, null), in.version());
    return client;
  }

  private Path config(Lab lab, String... replacements) throws java.io.IOException {
    String text =
        Files.readString(Path.of("config", "sample.yaml"))
            .replace("address: 127.0.0.1", "address: " + lab.localAddress())
            .replace("port: 8070", "port: 0")
            .replace("port: 5070", "port: 16710")
            .replace("rtpPortMin: 30000", "rtpPortMin: 41800")
            .replace("rtpPortMax: 30999", "rtpPortMax: 41899");
    for (int i = 0; i < replacements.length; i += 2) {
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Path file = dir.resolve("centre.yaml");
    Files.writeString(file, text);
    return file;
  }

  private static void toSales(BaresipControl phone, String address) throws InterruptedException {
    phone.dial("sip:100@" + address + ":16710");
    phone.awaitEvent("CALL_ESTABLISHED", WAIT);
    Thread.sleep(1500); // the greeting starts; keys may barge in
    phone.sendDtmf('1'); // English
    Thread.sleep(1500);
    phone.sendDtmf('1'); // sales
  }

  @Test
  void aMissedOfferIsCancelledAndRingsTheNextAgentTheAgentsHoldIsReportedAndAnAbandonCounts()
      throws Exception {
    Lab lab = Lab.load();
    String address = lab.localAddress();
    // Bob is a member of sales at penalty 1: he is reached once the call has waited widenEvery.
    Path config =
        config(lab, "offerTimeout: 15s", "offerTimeout: 3s", "widenEvery: 30s", "widenEvery: 2s");
    try (QueueService service = QueueService.start(config, Clock.systemUTC());
        AgentPhone alicePhone =
            new AgentPhone(
                address, "1001", "alice-phone", 16712, 41900, 1000, dir.resolve("a-{call}.wav"));
        AgentPhone bobPhone =
            new AgentPhone(
                address, "1002", "bob-phone", 16714, 41950, 1500, dir.resolve("b-{call}.wav"))) {
      QueueClient alice = readyIn(service, address, "alice", "sales");
      Thread.sleep(50); // alice has been idle longest: she is offered first
      QueueClient bob = readyIn(service, address, "bob", "sales");

      try (PrivateBaresip customer =
              PrivateBaresip.start(
                  lab,
                  Files.createDirectories(dir.resolve("customer")),
                  "3185",
                  "PCMU",
                  440,
                  "",
                  29600);
          BaresipControl phone = customer.peer().control()) {
        toSales(phone, address);

        alicePhone.await(CallEvent.Incoming.class); // alice lets it ring
        CallEvent.Ended cancelled = alicePhone.await(CallEvent.Ended.class);
        assertThat(cancelled.reason().name())
            .as("the service cancels the missed offer")
            .contains("CANCEL");
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.NOT_RESPONDING);
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
        String interaction =
            java.util.Objects.requireNonNull(toBob.headers().get(Headers.SIP_INTERACTION));
        assertThat(bob.interaction(interaction).legs()).isNotEmpty();

        bobPhone.sip.hold(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("held", () -> bob.interaction(interaction).state().equals("held"));
        bobPhone.sip.resume(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("resumed", () -> bob.interaction(interaction).state().equals("connected"));
        assertThat(bob.interaction(interaction).times().holds()).hasSize(1);

        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        await("bob wraps up", () -> bob.agent("bob").routing() == WireRoutingState.WRAP_UP);

        // Nobody is free now (alice not responding, bob in wrap-up): the next caller waits, then
        // hangs up in the queue.
        toSales(phone, address);
        QueueClient carol = signedIn(service, address, "carol");
        await(
            "a caller waits in sales",
            () ->
                carol.figures().stream()
                    .anyMatch(f -> f.queue().equals("sales") && f.callsWaiting() == 1));
        Thread.sleep(6000); // past the sample's short-abandon threshold (5 s)
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        await(
            "the abandon counts",
            () ->
                carol.figures().stream()
                    .anyMatch(
                        f ->
                            f.queue().equals("sales")
                                && f.callsWaiting() == 0
                                && f.abandonRate() != null
                                && f.abandonRate() > 0));
      }
    }
  }

  @Test
  void aBlindTransferToAQueueRingsTheNextAgentWithTheSameDataAndNotes() throws Exception {
    Lab lab = Lab.load();
    String address = lab.localAddress();
    try (QueueService service = QueueService.start(config(lab), Clock.systemUTC());
        AgentPhone alicePhone =
            new AgentPhone(
                address, "1001", "alice-phone", 16712, 41900, 1000, dir.resolve("a-{call}.wav"));
        AgentPhone bobPhone =
            new AgentPhone(
                address, "1002", "bob-phone", 16714, 41950, 1500, dir.resolve("b-{call}.wav"))) {
      QueueClient alice = readyIn(service, address, "alice", "sales");
      QueueClient bob = readyIn(service, address, "bob", "support");

      try (PrivateBaresip customer =
              PrivateBaresip.start(
                  lab,
                  Files.createDirectories(dir.resolve("customer")),
                  "3185",
                  "PCMU",
                  440,
                  "",
                  29600);
          BaresipControl phone = customer.peer().control()) {
        toSales(phone, address);
        CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
        alicePhone.sip.answer(toAlice.callId()).get(5, TimeUnit.SECONDS);
        String interaction =
            java.util.Objects.requireNonNull(toAlice.headers().get(Headers.SIP_INTERACTION));
        await(
            "alice connected", () -> alice.agent("alice").routing() == WireRoutingState.CONNECTED);

        alice.addNote(interaction, "asked about the premium plan; wants support for the router");
        alice.transfer(
            interaction,
            new org.switchboard.queue.protocol.Requests.Transfer("blind", "queue", "support"));

        alicePhone.await(CallEvent.Ended.class); // the service takes the customer from alice
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        assertThat(toBob.headers()).containsEntry(Headers.SIP_INTERACTION, interaction);
        InteractionView seenByBob = bob.interaction(interaction);
        assertThat(seenByBob.queue()).isEqualTo("support");
        assertThat(seenByBob.data()).containsEntry("product", "sales");
        assertThat(seenByBob.notes())
            .extracting(InteractionView.Note::text)
            .containsExactly("asked about the premium plan; wants support for the router");
        assertThat(seenByBob.legs()).hasSizeGreaterThanOrEqualTo(2);
        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.WRAP_UP);

        Thread.sleep(2500);
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
        Path heard = customer.peer().latestReceivedRecording(WAIT);
        double seconds = ToneAnalysis.of(heard).seconds();
        ToneAnalysis end = ToneAnalysis.ofChannel(heard, 0, seconds - 2.0);
        assertThat(end.isTone(1500, 20)).as("the customer hears bob at the end: %s", end).isTrue();
      }
    }
  }

  @Test
  void aWaitingCallerPressesTheCallbackDigitIsToldItIsRecordedAndLeavesTheQueue() throws Exception {
    Lab lab = Lab.load();
    String address = lab.localAddress();
    try (QueueService service = QueueService.start(config(lab), Clock.systemUTC())) {
      QueueClient carol = signedIn(service, address, "carol");
      try (PrivateBaresip customer =
              PrivateBaresip.start(
                  lab,
                  Files.createDirectories(dir.resolve("customer")),
                  "3185",
                  "PCMU",
                  440,
                  "",
                  29600);
          BaresipControl phone = customer.peer().control()) {
        toSales(phone, address);
        String interaction =
            await(
                "the caller waits in sales",
                () ->
                    carol.snapshot().interactions().stream()
                        .filter(i -> i.queue().equals("sales") && i.state().equals("waiting"))
                        .map(InteractionView::id)
                        .findFirst()
                        .orElse(null));
        Thread.sleep(2000); // the queue's announcement offers the callback
        phone.sendDtmf('9');

        phone.awaitEvent("CALL_CLOSED", WAIT); // the service says so, then hangs up
        InteractionView done = carol.interaction(interaction);
        assertThat(done.endReason()).isEqualTo("callback_requested");
        assertThat(carol.snapshot().interactions())
            .extracting(InteractionView::id)
            .doesNotContain(interaction);
      }
    }
  }

  @Test
  void digitsCollectedInTheIvrTravelWithARingAllOfferAndTheFirstAnswerWins() throws Exception {
    Lab lab = Lab.load();
    String address = lab.localAddress();
    // Ring-all rings the lowest penalty level reached: alice (1 in the sample) joins bob's level 0.
    Path config =
        config(
            lab,
            "{queue: support, penalty: 1, order: 2}",
            "{queue: support, penalty: 0, order: 2}");
    try (QueueService service = QueueService.start(config, Clock.systemUTC());
        AgentPhone alicePhone =
            new AgentPhone(
                address, "1001", "alice-phone", 16712, 41900, 1000, dir.resolve("a-{call}.wav"));
        AgentPhone bobPhone =
            new AgentPhone(
                address, "1002", "bob-phone", 16714, 41950, 1500, dir.resolve("b-{call}.wav"))) {
      QueueClient alice = readyIn(service, address, "alice", "support");
      QueueClient bob = readyIn(service, address, "bob", "support");

      try (PrivateBaresip customer =
              PrivateBaresip.start(
                  lab,
                  Files.createDirectories(dir.resolve("customer")),
                  "3185",
                  "PCMU",
                  440,
                  "",
                  29600);
          BaresipControl phone = customer.peer().control()) {
        phone.dial("sip:100@" + address + ":16710");
        phone.awaitEvent("CALL_ESTABLISHED", WAIT);
        Thread.sleep(1500);
        phone.sendDtmf('1'); // English
        Thread.sleep(1500);
        phone.sendDtmf('2'); // support: the account number first
        Thread.sleep(1500);
        for (char digit : "4711#".toCharArray()) {
          phone.sendDtmf(digit);
          Thread.sleep(300);
        }

        CallEvent.Incoming toAlice = alicePhone.await(CallEvent.Incoming.class);
        CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
        String interaction =
            java.util.Objects.requireNonNull(toBob.headers().get(Headers.SIP_INTERACTION));
        assertThat(toAlice.headers()).containsEntry(Headers.SIP_INTERACTION, interaction);
        InteractionView offered = bob.interaction(interaction);
        assertThat(offered.queue()).isEqualTo("support");
        assertThat(offered.data()).containsEntry("account", "4711");

        bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
        alicePhone.await(CallEvent.Ended.class); // the other ring is withdrawn
        await("bob connected", () -> bob.agent("bob").routing() == WireRoutingState.CONNECTED);
        assertThat(alice.agent("alice").routing()).isEqualTo(WireRoutingState.IDLE);
        phone.hangup();
        phone.awaitEvent("CALL_CLOSED", WAIT);
      }
    }
  }

  private static QueueClient signedIn(QueueService service, String address, String user) {
    QueueClient client =
        new QueueClient(
            HttpUrl.get("http://" + address + ":" + service.httpPort()), new OkHttpClient(), 2);
    client.signIn(user, user + "-sample");
    return client;
  }

  private static @org.jspecify.annotations.Nullable Path onlyFile(Path dir, String prefix)
      throws java.io.IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(".wav"))
          .findFirst()
          .orElse(null);
    }
  }

  private interface Probe<T> {
    @org.jspecify.annotations.Nullable
    T get() throws Exception;
  }

  private static <T> T await(String what, Probe<T> probe) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null && !Boolean.FALSE.equals(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  private static void await(String what, BooleanSupplier condition) throws Exception {
    await(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
  }
}
