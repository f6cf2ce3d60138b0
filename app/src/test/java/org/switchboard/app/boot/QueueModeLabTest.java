package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.boot.QueueCentreLab.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.agent.QueueLink;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.FakeSecretStore;
import org.switchboard.app.settings.QueueSettings;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.RoutingState;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.agent.WrapUp;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.service.QueueService;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.BaresipPeer;
import org.switchboard.testkit.PrivateBaresip;
import org.switchboard.testkit.ToneAnalysis;

/**
 * The desktop in queue mode against a real queue service (the sample centre, {@link
 * QueueCentreLab}): the local-centre profile's settings, the desktop's real services ({@link
 * DesktopServices#start}) registered at the service's registrar and signed in to its API, and a
 * baresip customer who goes through the IVR into the support queue with an account number.
 */
@Tag("lab")
@Timeout(120)
class QueueModeLabTest {
  /** Alice alone takes support calls (penalty 0), and support's wrap-up makes her ready again. */
  private static final String[] ALICE_TAKES_SUPPORT = {
    "{queue: support, penalty: 1, order: 2}", "{queue: support, penalty: 0, order: 2}",
    "autoReady: false", "autoReady: true"
  };

  @TempDir Path dir;

  private final BlockingQueue<CallEvent> calls = new LinkedBlockingQueue<>();

  private DesktopServices startDesktop(QueueCentreLab lab, QueueService service) throws Exception {
    FakeSecretStore keychain = new FakeSecretStore();
    Path settingsDir = LocalCentre.settingsDir(dir.resolve("settings"));
    assertThat(LocalCentre.prepare(settingsDir, keychain, lab.localCentreEnvironment(service)))
        .isTrue();
    DesktopSettings settings = new SettingsStore(settingsDir).load().desktop();
    DesktopServices desktop =
        DesktopServices.start(settings, environment(settingsDir, keychain), null);
    desktop.telephony().calls().addCallListener(calls::add);
    desktop.telephony().registration().register().get(10, TimeUnit.SECONDS);
    return desktop;
  }

  private DesktopEnvironment environment(Path settingsDir, FakeSecretStore keychain) {
    return new DesktopEnvironment(
        settingsDir,
        dir.resolve("data"),
        keychain,
        "DE",
        Clock.systemDefaultZone(),
        16732,
        42100,
        new AudioSource.Tone(1000),
        new AudioSink.WavFile(dir.resolve("heard-{call}.wav")),
        false);
  }

  private CallEvent.Incoming awaitIncoming() throws Exception {
    while (true) {
      CallEvent e = calls.poll(QueueCentreLab.WAIT.toSeconds(), TimeUnit.SECONDS);
      if (e == null) {
        throw new AssertionError("no call reached the desktop");
      }
      if (e instanceof CallEvent.Incoming) {
        return (CallEvent.Incoming) e;
      }
    }
  }

  @Test
  void aQueueCallIsOfferedOnItsSipCallAnsweredWrappedUpAndTheAgentIsReadyAgain() throws Exception {
    QueueCentreLab lab = new QueueCentreLab(dir);
    try (QueueService service = lab.start(ALICE_TAKES_SUPPORT)) {
      QueueClient carol = lab.supervisor(service);
      DesktopServices desktop = startDesktop(lab, service);
      AgentSession agent = desktop.agent();
      try {
        await(
            "the queue link",
            () -> desktop.queueLink().status().state() == QueueLink.State.CONNECTED);
        await(
            "alice ready at the service",
            () -> carol.agent("alice").presence().presence() == WirePresence.READY);
        await("the session ready", () -> agent.snapshot().presence().equals(Presence.ready()));

        try (PrivateBaresip customer = lab.customer();
            BaresipControl phone = customer.peer().control()) {
          lab.dialAndPress(phone, "12"); // English, then support: the account number first
          Thread.sleep(1500); // the account prompt begins (not an assertion)
          for (char digit : "4711#".toCharArray()) {
            phone.sendDtmf(digit);
            Thread.sleep(300);
          }

          CallEvent.Incoming ringing = awaitIncoming();
          CallId call = ringing.callId();
          Offer offer =
              await(
                  "the offer on the ringing call",
                  () -> {
                    Offer o = agent.snapshot().offer();
                    return o != null && call.equals(o.call()) ? o : null;
                  });
          assertThat(offer.queue()).isEqualTo("Support");
          assertThat(offer.data())
              .containsEntry("account", "4711")
              .containsEntry("product", "support")
              .containsEntry("ani", "3190")
              .containsEntry("dnis", "100");
          String interaction = offer.interactionId();
          assertThat(carol.interaction(interaction).data()).containsEntry("account", "4711");

          desktop.telephony().calls().answer(call).get(5, TimeUnit.SECONDS);
          await(
              "the service has alice connected",
              () -> carol.agent("alice").routing() == WireRoutingState.CONNECTED);
          await(
              "the session on the call", () -> agent.snapshot().routing() == RoutingState.ON_CALL);

          desktop.telephony().calls().hangup(call).get(5, TimeUnit.SECONDS);
          PendingWrapUp pending =
              await("the wrap-up of that call", () -> agent.snapshot().wrapUp());
          assertThat(pending.call()).isEqualTo(call);

          desktop
              .agent()
              .finishWrapUp(new WrapUp(call, "resolved", "account 4711 checked", List.of()))
              .get(10, TimeUnit.SECONDS);
          InteractionView done =
              await(
                  "the wrap-up at the service",
                  () -> {
                    InteractionView i = carol.interaction(interaction);
                    return i.wrapUp() != null ? i : null;
                  });
          assertThat(Objects.requireNonNull(done.wrapUp()).disposition()).isEqualTo("resolved");
          assertThat(Objects.requireNonNull(done.wrapUp()).notes())
              .isEqualTo("account 4711 checked");
          await(
              "ready again",
              () ->
                  agent.snapshot().presence().equals(Presence.ready())
                      && agent.snapshot().routing() == RoutingState.IDLE
                      && agent.snapshot().wrapUp() == null);
          assertThat(carol.agent("alice").presence().presence()).isEqualTo(WirePresence.READY);
        }
      } finally {
        desktop.close();
      }
      assertThat(carol.agent("alice").presence().presence())
          .as("quitting signs the agent out")
          .isEqualTo(WirePresence.OFFLINE);
    }
  }

  @Test
  void theDesktopHoldsAndTransfersAQueueCallThroughTheServiceKeepingItsData() throws Exception {
    QueueCentreLab lab = new QueueCentreLab(dir);
    try (QueueService service = lab.start(ALICE_TAKES_SUPPORT)) {
      QueueClient carol = lab.supervisor(service);
      DesktopServices desktop = startDesktop(lab, service);
      AgentSession agent = desktop.agent();
      try {
        await(
            "alice ready at the service",
            () -> carol.agent("alice").presence().presence() == WirePresence.READY);
        try (PrivateBaresip customer = lab.customer();
            BaresipControl phone = customer.peer().control()) {
          SupportCall answered = answerSupportCall(lab, desktop, carol, phone);
          CallId call = answered.call();
          String interaction = answered.interaction();

          desktop.telephony().calls().hold(call).get(5, TimeUnit.SECONDS);
          await("held at the service", () -> carol.interaction(interaction).state().equals("held"));
          assertThat(desktop.transfers().search("sal").get(5, TimeUnit.SECONDS))
              .extracting(TransferTarget::address)
              .as("the centre's queues are transfer targets")
              .contains("queue:sales");

          desktop.telephony().calls().transfer(call, "queue:sales").get(10, TimeUnit.SECONDS);

          InteractionView moved =
              await(
                  "the customer waits in sales",
                  () -> {
                    InteractionView i = carol.interaction(interaction);
                    return "sales".equals(i.queue()) ? i : null;
                  });
          assertThat(moved.data()).as("data kept").containsEntry("account", "4711");
          await("alice's leg is hung up", () -> agent.snapshot().wrapUp());
          assertThat(carol.agent("alice").routing()).isEqualTo(WireRoutingState.WRAP_UP);
          phone.hangup();
        }
      } finally {
        desktop.close();
      }
    }
  }

  /** The customer's call into support with account 4711, answered by alice's desktop. */
  private record SupportCall(CallId call, String interaction) {}

  private SupportCall answerSupportCall(
      QueueCentreLab lab, DesktopServices desktop, QueueClient carol, BaresipControl phone)
      throws Exception {
    lab.dialAndPress(phone, "12");
    Thread.sleep(1500); // the account prompt begins (not an assertion)
    for (char digit : "4711#".toCharArray()) {
      phone.sendDtmf(digit);
      Thread.sleep(300);
    }
    CallId call = awaitIncoming().callId();
    Offer offer =
        await(
            "the offer on the ringing call",
            () -> {
              Offer o = desktop.agent().snapshot().offer();
              return o != null && call.equals(o.call()) ? o : null;
            });
    desktop.telephony().calls().answer(call).get(5, TimeUnit.SECONDS);
    await("alice connected", () -> carol.agent("alice").routing() == WireRoutingState.CONNECTED);
    return new SupportCall(call, offer.interactionId());
  }

  @Test
  void theDesktopConsultsAnotherAgentThroughTheServiceOnItsOwnCallThenCancelsAndCompletes()
      throws Exception {
    QueueCentreLab lab = new QueueCentreLab(dir);
    try (QueueService service = lab.start(ALICE_TAKES_SUPPORT);
        BobsPhone bobPhone = new BobsPhone(lab.address, dir.resolve("bob-{call}.wav"))) {
      QueueClient carol = lab.supervisor(service);
      QueueClient bob = lab.agent(service, "bob", "sales"); // not in support: only consulted
      DesktopServices desktop = startDesktop(lab, service);
      try {
        await(
            "alice ready at the service",
            () -> carol.agent("alice").presence().presence() == WirePresence.READY);
        try (PrivateBaresip customer = lab.customer();
            BaresipControl phone = customer.peer().control()) {
          SupportCall answered = answerSupportCall(lab, desktop, carol, phone);
          CallId call = answered.call();
          String interaction = answered.interaction();
          HostedConsults consults = desktop.telephony().calls().hostedConsults().orElseThrow();
          BlockingQueue<String> progress = new LinkedBlockingQueue<>();
          consults.addListener((c, state) -> progress.add(c.value() + " " + state));
          assertThat(consults.hosts(call)).as("the service's call").isTrue();

          consults.consult(call, "agent:bob").get(10, TimeUnit.SECONDS);
          assertThat(progress.poll(10, TimeUnit.SECONDS)).isEqualTo(call.value() + " RINGING");
          assertThat(carol.interaction(interaction).state()).isEqualTo("held");
          CallEvent.Incoming toBob = bobPhone.await(CallEvent.Incoming.class);
          bobPhone.sip.answer(toBob.callId()).get(5, TimeUnit.SECONDS);
          assertThat(progress.poll(10, TimeUnit.SECONDS)).isEqualTo(call.value() + " ANSWERED");

          consults.cancel(call).get(10, TimeUnit.SECONDS);
          assertThat(progress.poll(10, TimeUnit.SECONDS)).isEqualTo(call.value() + " null");
          bobPhone.await(CallEvent.Ended.class); // the service lets bob go
          InteractionView back = carol.interaction(interaction);
          assertThat(back.state()).isEqualTo("connected");
          assertThat(back.agent()).isEqualTo("alice");
          await("bob free again", () -> bob.agent("bob").routing() == WireRoutingState.IDLE);

          consults.consult(call, "agent:bob").get(10, TimeUnit.SECONDS);
          CallEvent.Incoming again = bobPhone.await(CallEvent.Incoming.class);
          bobPhone.sip.answer(again.callId()).get(5, TimeUnit.SECONDS);
          await("answered", () -> progress.contains(call.value() + " ANSWERED") ? true : null);
          Thread.sleep(2500); // alice and bob talk on alice's call (not an assertion)
          consults.complete(call).get(10, TimeUnit.SECONDS);

          await("the service ends alice's call", () -> desktop.agent().snapshot().wrapUp());
          InteractionView handed = carol.interaction(interaction);
          assertThat(handed.agent()).isEqualTo("bob");
          assertThat(handed.consult()).isNull();
          assertThat(handed.data()).as("data kept").containsEntry("account", "4711");
          Path aliceFile = dir.resolve("heard-" + call.value() + ".wav");
          await("alice's recording", () -> java.nio.file.Files.exists(aliceFile) ? true : null);
          double aliceSeconds = ToneAnalysis.of(aliceFile).seconds();
          ToneAnalysis aliceHeard = ToneAnalysis.ofChannel(aliceFile, 1, aliceSeconds - 2.0);
          assertThat(aliceHeard.isTone(1500, 20))
              .as("alice heard bob on her own call: %s", aliceHeard)
              .isTrue();

          Thread.sleep(2500); // the customer talks with bob (not an assertion)
          phone.hangup();
          bobPhone.await(CallEvent.Ended.class);
          Path bobFile = dir.resolve("bob-" + again.callId().value() + ".wav");
          await("bob's recording", () -> java.nio.file.Files.exists(bobFile) ? true : null);
          double bobSeconds = ToneAnalysis.of(bobFile).seconds();
          ToneAnalysis bobHeard = ToneAnalysis.ofChannel(bobFile, 1, bobSeconds - 2.0);
          assertThat(bobHeard.isTone(440, 20)).as("bob hears the customer: %s", bobHeard).isTrue();
        }
      } finally {
        desktop.close();
      }
    }
  }

  @Test
  void theDesktopSignsInAgainWhenTheServiceRestartedAndForgotItsToken() throws Exception {
    QueueCentreLab lab = new QueueCentreLab(dir);
    int httpPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(lab.address))) {
      httpPort = s.getLocalPort();
    }
    String[] samePort = {"port: 0", "port: " + httpPort};
    QueueService first = lab.start(samePort);
    DesktopServices desktop = startDesktop(lab, first);
    try {
      await(
          "connected to the first run",
          () -> desktop.queueLink().status().state() == QueueLink.State.CONNECTED);
      first.close();
      await(
          "the service is gone",
          () -> desktop.queueLink().status().state() == QueueLink.State.UNREACHABLE);

      try (QueueService second = lab.start(samePort)) {
        await(
            "connected to the second run, with a new token",
            () -> desktop.queueLink().status().state() == QueueLink.State.CONNECTED);
        QueueClient carol = lab.supervisor(second);
        assertThat(carol.agent("alice").presence().presence())
            .as("restored after the clean restart")
            .isEqualTo(WirePresence.READY);
        desktop.agent().changePresence(Presence.ready()).get(10, TimeUnit.SECONDS);
      }
    } finally {
      desktop.close();
    }
  }

  @Test
  void aQueueServiceThatIsDownNeverBlocksThePhone() throws Exception {
    QueueCentreLab lab = new QueueCentreLab(dir);
    String user = "1024";
    lab.lab.kamailio().clearBindings(user);
    AccountSettings account =
        new AccountSettings(
            lab.lab.registrarHost(),
            lab.lab.registrarPort(),
            SipTransport.UDP,
            user,
            "",
            lab.lab.sipDomain(),
            "alice",
            Language.ENGLISH);
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(lab.address))) {
      closed = s.getLocalPort();
    }
    QueueSettings queue = new QueueSettings("http://" + lab.address + ":" + closed, "alice");
    FakeSecretStore keychain = new FakeSecretStore();
    keychain.entries.put(account.passwordKey(), Secret.of(lab.lab.passwordFor(user)));
    keychain.entries.put(queue.passwordKey(), Secret.of("alice-sample"));
    DesktopSettings settings = DesktopSettings.defaults().withAccount(account).withQueue(queue);

    DesktopServices desktop =
        DesktopServices.start(settings, environment(dir.resolve("settings"), keychain), null);
    try {
      desktop.telephony().calls().addCallListener(calls::add);
      desktop.telephony().registration().register().get(10, TimeUnit.SECONDS);
      await(
          "the link reported unreachable",
          () -> desktop.queueLink().status().state() == QueueLink.State.UNREACHABLE);
      assertThat(desktop.queueLink().status().retryIn()).isNotNull();

      BaresipPeer peer = lab.lab.peerA();
      try (BaresipControl phone = peer.control()) {
        phone.dial("sip:" + user + "@" + lab.lab.sipDomain());
        CallId call = awaitIncoming().callId();
        desktop.telephony().calls().answer(call).get(5, TimeUnit.SECONDS);
        phone.awaitEvent("CALL_ESTABLISHED", QueueCentreLab.WAIT);
        desktop.telephony().calls().hangup(call).get(5, TimeUnit.SECONDS);
        phone.awaitEvent("CALL_CLOSED", QueueCentreLab.WAIT);
      }
      assertThat(desktop.queueLink().status().state())
          .as("still trying")
          .isIn(QueueLink.State.UNREACHABLE, QueueLink.State.CONNECTING);
    } finally {
      desktop.close();
    }
  }
}
