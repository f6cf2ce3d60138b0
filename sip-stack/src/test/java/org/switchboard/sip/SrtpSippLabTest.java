package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.LocalSecurity;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.core.media.SdesCrypto;
import org.switchboard.core.media.SrtpPolicy;
import org.switchboard.core.media.SrtpSuite;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Media encryption policy against sipp (scenarios {@code srtp-*.xml}): lab users 3100-3105, agent
 * ports 26100-26119, sipp ports 26000-26019 (RTP port + 1, where nothing listens: the fake media
 * engine moves no audio). sipp speaks no TLS, so SDES calls reach a TLS agent through Kamailio,
 * which relays sipp's UDP over the agent's TLS connection.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SrtpSippLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration SIPP_LIFETIME = Duration.ofSeconds(20);
  private static final String SIPP_KEY = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";
  private static final DtlsFingerprint FINGERPRINT =
      new DtlsFingerprint("sha-256", "AB:CD:".repeat(15) + "AB:CD");
  private static final LocalSecurity KEYS =
      new LocalSecurity(
          List.of(
              new SdesCrypto(
                  1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNk"),
              new SdesCrypto(
                  2,
                  SrtpSuite.AES_CM_128_HMAC_SHA1_32,
                  "MDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1ub3BxcnN0")),
          FINGERPRINT);
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static SipAccount account(String user, SipTransport transport, SrtpPolicy policy) {
    int port = transport == SipTransport.TLS ? lab.registrarTlsPort() : lab.registrarPort();
    return LabAgents.account(lab, user, lab.passwordFor(user), port, transport)
        .withOptions(
            SipAccountOptions.defaults()
                .withTlsTrustFile(lab.tlsCaFile().toString())
                .withSrtpPolicy(policy));
  }

  private static AgentRig agent(String user, SipTransport transport, SrtpPolicy policy, int port)
      throws Exception {
    return AgentRig.registered(
        lab, account(user, transport, policy), port, FakeMediaEngine.withSecurity(KEYS));
  }

  private static Sipp caller(String scenario, int port, String user) {
    return Sipp.client(
        scenario(scenario),
        lab.localAddress(),
        port,
        lab.registrarHost() + ":" + lab.registrarPort(),
        1,
        workDir(),
        SIPP_LIFETIME,
        "-s",
        user,
        "-mp",
        Integer.toString(port + 1));
  }

  private static Path scenario(String name) {
    return SippScenarios.scenario("srtp-" + name + ".xml");
  }

  private static Path workDir() {
    return lab.labDir().resolve("sipp-srtp");
  }

  @Test
  void aMandatoryAccountRefusesAPlainOfferWith488() throws Exception {
    try (AgentRig rig = agent("3100", SipTransport.UDP, SrtpPolicy.MANDATORY, 26100);
        Sipp sipp = caller("uac-plain-offer", 26000, "3100")) {
      SippPeer.assertPassed(sipp);

      assertThat(sipp.messages()).contains("SIP/2.0 488");
      assertThat(rig.events.all).noneMatch(CallEvent.Incoming.class::isInstance);
      assertThat(rig.media.sessions).allMatch(s -> s.closed && s.started.isEmpty());
    }
  }

  @Test
  void anOptionalAccountAnswersASavpOfferWithItsOwnKey() throws Exception {
    try (AgentRig rig = agent("3101", SipTransport.TLS, SrtpPolicy.OPTIONAL, 26102);
        Sipp sipp = caller("uac-savp-offer", 26002, "3101")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);

      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      SippPeer.assertPassed(sipp);
      assertThat(sipp.messages())
          .contains(
              "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:" + KEYS.sdesKeys().get(0).keyAndSalt());
      MediaSecurity security = started(rig, incoming.callId()).security();
      assertThat(security.kind()).isEqualTo(MediaSecurity.Kind.SDES);
      assertThat(security.remoteKey())
          .isEqualTo(new SdesCrypto(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, SIPP_KEY));
    }
  }

  @Test
  void anEncryptedCallsReInviteWithoutCryptoGets488AndTheCallGoesOn() throws Exception {
    try (AgentRig rig = agent("3102", SipTransport.TLS, SrtpPolicy.MANDATORY, 26104);
        Sipp sipp = caller("uac-reinvite-plain", 26004, "3102")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      SippPeer.assertPassed(sipp); // it got 488 for the re-INVITE, then 200 for its BYE
      assertThat(ended.reason()).isEqualTo(EndReason.REMOTE_HANGUP);
      FakeMediaEngine.FakeSession session = rig.media.session(incoming.callId());
      assertThat(session.started.get(0).security().kind()).isEqualTo(MediaSecurity.Kind.SDES);
      assertThat(session.updates).isEmpty();
    }
  }

  @Test
  void holdingAnSdesCallReOffersTheKeyInUseUnderRtpSavp() throws Exception {
    try (AgentRig rig = agent("3105", SipTransport.TLS, SrtpPolicy.OPTIONAL, 26119);
        Sipp sipp = caller("uac-savp-hold", 26010, "3105")) {
      CallEvent.Incoming incoming = rig.events.awaitCall(CallEvent.Incoming.class, WAIT);
      rig.agent.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      rig.agent.hold(incoming.callId()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      SippPeer.assertPassed(sipp); // it checked RTP/SAVP, a=crypto:1 and a=sendonly
      String ourKey = KEYS.sdesKeys().get(0).keyAndSalt();
      assertThat(sipp.messages().split("inline:" + ourKey, -1)).hasSize(3); // answer, re-offer
      FakeMediaEngine.FakeSession session = rig.media.session(incoming.callId());
      assertThat(session.updates).hasSize(1);
      assertThat(session.updates.get(0).security()).isEqualTo(session.started.get(0).security());
    }
  }

  @Test
  void sdesIsNotOfferedOverUdpSignallingButDtlsIs() throws Exception {
    try (AgentRig rig = agent("3103", SipTransport.UDP, SrtpPolicy.OPTIONAL, 26106);
        Sipp sipp =
            Sipp.server(
                scenario("uas-plain-answer"),
                lab.localAddress(),
                26006,
                1,
                workDir(),
                SIPP_LIFETIME,
                "-mp",
                "26007")) {
      CallId call = rig.agent.dial(SippPeer.uri(lab, 26006)).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      SippPeer.hangUpAndAssertPassed(rig, call, sipp);
      String offer = sipp.messages().substring(sipp.messages().indexOf("INVITE sip:"));
      assertThat(offer)
          .contains("m=audio ")
          .contains(" RTP/AVP ")
          .contains("a=fingerprint:sha-256 " + FINGERPRINT.value())
          .contains("a=setup:actpass")
          .doesNotContain("a=crypto");
      assertThat(started(rig, call).security()).isEqualTo(MediaSecurity.NONE);
    }
  }

  @Test
  void aMandatoryAccountOverUdpOffersDtlsSrtpAndHangsUpOnAPlainAnswer() throws Exception {
    try (AgentRig rig = agent("3104", SipTransport.UDP, SrtpPolicy.MANDATORY, 26108);
        Sipp sipp =
            Sipp.server(
                scenario("uas-plain-answer"),
                lab.localAddress(),
                26008,
                1,
                workDir(),
                SIPP_LIFETIME,
                "-mp",
                "26009")) {
      rig.agent.dial(SippPeer.uri(lab, 26008)).get(5, TimeUnit.SECONDS);

      CallEvent.Ended ended = rig.events.awaitCall(CallEvent.Ended.class, WAIT);
      SippPeer.assertPassed(sipp); // the agent's BYE ends its scenario
      assertThat(sipp.messages()).contains(" UDP/TLS/RTP/SAVP ").doesNotContain("a=crypto");
      assertThat(ended.reason()).isEqualTo(EndReason.FAILED);
    }
  }

  private static NegotiatedMedia started(AgentRig rig, CallId call) {
    return rig.media.session(call).started.get(0);
  }
}
