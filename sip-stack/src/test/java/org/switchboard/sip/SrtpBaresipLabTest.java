package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.LocalSecurity;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.SdesCrypto;
import org.switchboard.core.media.SrtpPolicy;
import org.switchboard.core.media.SrtpSuite;
import org.switchboard.testkit.Lab;

/**
 * Our SRTP offers against baresip's {@code srtp}/{@code dtls_srtp} modules, at the signalling level
 * (the fake media engine moves no audio; media over SRTP needs the new engine): baresip must accept
 * our offer and answer with keys we can use, and a baresip without encryption must still answer an
 * OPTIONAL offer. Lab users 3110-3117, agent ports 26110-26117, baresip SIP ports 26020-26027 and
 * RTP ports 26200-26599.
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SrtpBaresipLabTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final LocalSecurity KEYS =
      new LocalSecurity(
          List.of(
              new SdesCrypto(
                  1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNk"),
              new SdesCrypto(
                  2,
                  SrtpSuite.AES_CM_128_HMAC_SHA1_32,
                  "MDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1ub3BxcnN0")),
          new DtlsFingerprint("sha-256", "AB:CD:".repeat(15) + "AB:CD"));
  private static Lab lab;

  @BeforeAll
  static void lab() {
    lab = Lab.load();
  }

  private static AgentRig agent(String user, SipTransport transport, int port) throws Exception {
    return agent(user, transport, port, SrtpPolicy.MANDATORY);
  }

  private static AgentRig agent(String user, SipTransport transport, int port, SrtpPolicy policy)
      throws Exception {
    int registrar = transport == SipTransport.TLS ? lab.registrarTlsPort() : lab.registrarPort();
    return AgentRig.registered(
        lab,
        LabAgents.account(lab, user, lab.passwordFor(user), registrar, transport)
            .withOptions(
                SipAccountOptions.defaults()
                    .withTlsTrustFile(lab.tlsCaFile().toString())
                    .withSrtpPolicy(policy)),
        port,
        FakeMediaEngine.withSecurity(KEYS));
  }

  @Test
  void baresipWithSrtpMandAcceptsOurSavpOfferOverTlsAndAnswersAKey() throws Exception {
    try (EncryptingBaresip peer = EncryptingBaresip.start(lab, "3111", 26020, 26200, "srtp-mand");
        AgentRig rig = agent("3110", SipTransport.TLS, 26110)) {
      CallId call = rig.agent.dial("sip:3111@" + lab.sipDomain()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      MediaSecurity security = rig.media.session(call).negotiated().security();
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(security.kind()).as(peer.log()).isEqualTo(MediaSecurity.Kind.SDES);
      assertThat(KEYS.sdesKeys()).contains(security.localKey());
      assertThat(security.remoteKey()).isNotEqualTo(security.localKey());
    }
  }

  @Test
  void baresipWithDtlsSrtpAcceptsOurDtlsOfferOverUdp() throws Exception {
    try (EncryptingBaresip peer = EncryptingBaresip.start(lab, "3113", 26022, 26300, "dtls_srtp");
        AgentRig rig = agent("3112", SipTransport.UDP, 26112)) {
      CallId call = rig.agent.dial("sip:3113@" + lab.sipDomain()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      MediaSecurity security = rig.media.session(call).negotiated().security();
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(security.kind()).as(peer.log()).isEqualTo(MediaSecurity.Kind.DTLS_SRTP);
      assertThat(security.remoteFingerprint()).isNotNull();
      assertThat(security.dtlsClient()).isFalse(); // baresip answered a=setup:active
    }
  }

  @Test
  void baresipWithBestEffortSrtpTakesTheKeysInAnOptionalAvpOffer() throws Exception {
    try (EncryptingBaresip peer = EncryptingBaresip.start(lab, "3115", 26024, 26400, "srtp");
        AgentRig rig = agent("3114", SipTransport.TLS, 26114, SrtpPolicy.OPTIONAL)) {
      CallId call = rig.agent.dial("sip:3115@" + lab.sipDomain()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      MediaSecurity security = rig.media.session(call).negotiated().security();
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(security.kind()).as(peer.log()).isEqualTo(MediaSecurity.Kind.SDES);
    }
  }

  @Test
  void aPlainBaresipAnswersAnOptionalOfferAndTheCallIsPlain() throws Exception {
    try (EncryptingBaresip peer = EncryptingBaresip.start(lab, "3117", 26026, 26500, "");
        AgentRig rig = agent("3116", SipTransport.TLS, 26116, SrtpPolicy.OPTIONAL)) {
      CallId call = rig.agent.dial("sip:3117@" + lab.sipDomain()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);

      MediaSecurity security = rig.media.session(call).negotiated().security();
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      assertThat(peer.log()).contains("a=crypto:1 ").contains("a=fingerprint:sha-256 ");
      assertThat(security).isEqualTo(MediaSecurity.NONE);
    }
  }
}
