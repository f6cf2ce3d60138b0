package org.switchboard.sip.internal.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.LocalSecurity;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.SdesCrypto;
import org.switchboard.core.media.SrtpPolicy;
import org.switchboard.core.media.SrtpSuite;

class SecurityNegotiationTest {
  static final String OUR_KEY = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";
  static final String THEIR_KEY = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNk";
  static final DtlsFingerprint OUR_FP = fingerprint("AA");
  static final DtlsFingerprint THEIR_FP = fingerprint("BB");
  static final LocalSecurity LOCAL =
      new LocalSecurity(
          List.of(
              new SdesCrypto(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, OUR_KEY),
              new SdesCrypto(2, SrtpSuite.AES_CM_128_HMAC_SHA1_32, OUR_KEY)),
          OUR_FP);

  static DtlsFingerprint fingerprint(String octet) {
    return new DtlsFingerprint("sha-256", (octet + ":").repeat(31) + octet);
  }

  static SecurityRules rules(SrtpPolicy policy, boolean tls) {
    return new SecurityRules(policy, tls, LOCAL, MediaSecurity.NONE);
  }

  static SdpSecurity offerOfKind(String kind) {
    SdesCrypto theirs = new SdesCrypto(5, SrtpSuite.AES_CM_128_HMAC_SHA1_32, THEIR_KEY);
    switch (kind) {
      case "plain":
        return SdpSecurity.PLAIN;
      case "avpCrypto":
        return new SdpSecurity("RTP/AVP", List.of(theirs), null, null);
      case "savp":
        return new SdpSecurity("RTP/SAVP", List.of(theirs), null, null);
      case "savpNoKey":
        return new SdpSecurity("RTP/SAVP", List.of(), null, null);
      case "dtls":
        return new SdpSecurity("UDP/TLS/RTP/SAVP", List.of(), THEIR_FP, DtlsSetup.ACTPASS);
      default:
        return new SdpSecurity("RTP/AVP", List.of(), THEIR_FP, DtlsSetup.ACTPASS);
    }
  }

  @ParameterizedTest(name = "{0} over TLS={1}, offer {2} -> {3}")
  @CsvSource({
    "OFF, true, plain, NONE",
    "OFF, true, avpCrypto, NONE",
    "OFF, true, savp, 488",
    "OFF, true, dtls, 488",
    "OFF, true, avpFingerprint, NONE",
    "OPTIONAL, true, plain, NONE",
    "OPTIONAL, true, avpCrypto, SDES",
    "OPTIONAL, true, savp, SDES",
    "OPTIONAL, true, savpNoKey, 488",
    "OPTIONAL, true, dtls, DTLS_SRTP",
    "OPTIONAL, true, avpFingerprint, DTLS_SRTP",
    "MANDATORY, true, plain, 488",
    "MANDATORY, true, avpCrypto, SDES",
    "MANDATORY, true, savp, SDES",
    "MANDATORY, true, dtls, DTLS_SRTP",
    "MANDATORY, true, avpFingerprint, DTLS_SRTP",
    "OFF, false, savp, 488",
    "OPTIONAL, false, plain, NONE",
    "OPTIONAL, false, avpCrypto, NONE",
    "OPTIONAL, false, savp, 488",
    "OPTIONAL, false, dtls, DTLS_SRTP",
    "MANDATORY, false, plain, 488",
    "MANDATORY, false, avpCrypto, 488",
    "MANDATORY, false, savp, 488",
    "MANDATORY, false, dtls, DTLS_SRTP",
    "MANDATORY, false, avpFingerprint, DTLS_SRTP",
  })
  void answersEachOfferAsThePolicySays(
      SrtpPolicy policy, boolean tls, String offer, String expected) throws Exception {
    SdpSecurity offered = offerOfKind(offer);
    if (expected.equals("488")) {
      assertThatThrownBy(() -> SecurityNegotiation.answer(offered, rules(policy, tls)))
          .isInstanceOf(UnusableSdpException.class);
      return;
    }
    SecurityNegotiation.Answered answered = SecurityNegotiation.answer(offered, rules(policy, tls));

    assertThat(answered.security().kind()).isEqualTo(MediaSecurity.Kind.valueOf(expected));
    assertThat(answered.sdp().profile()).isEqualTo(offered.profile());
    assertThat(answered.sdp().crypto()).hasSize(expected.equals("SDES") ? 1 : 0);
    assertThat(answered.sdp().fingerprint())
        .isEqualTo(expected.equals("DTLS_SRTP") ? OUR_FP : null);
  }

  @Test
  void answersSdesWithOurKeyForTheOfferedSuiteUnderTheOfferedTag() throws Exception {
    SecurityNegotiation.Answered answered =
        SecurityNegotiation.answer(offerOfKind("savp"), rules(SrtpPolicy.MANDATORY, true));

    SdesCrypto ours = answered.sdp().crypto().get(0);
    assertThat(ours.tag()).isEqualTo(5);
    assertThat(ours.suite()).isEqualTo(SrtpSuite.AES_CM_128_HMAC_SHA1_32);
    assertThat(ours.keyAndSalt()).isEqualTo(OUR_KEY);
    assertThat(answered.security().remoteKey())
        .isEqualTo(new SdesCrypto(5, SrtpSuite.AES_CM_128_HMAC_SHA1_32, THEIR_KEY));
  }

  @Test
  void answersAnActpassOfferAsTheDtlsClient() throws Exception {
    SecurityNegotiation.Answered answered =
        SecurityNegotiation.answer(offerOfKind("dtls"), rules(SrtpPolicy.OPTIONAL, false));
    SecurityNegotiation.Answered toActive =
        SecurityNegotiation.answer(
            new SdpSecurity("UDP/TLS/RTP/SAVP", List.of(), THEIR_FP, DtlsSetup.ACTIVE),
            rules(SrtpPolicy.OPTIONAL, false));

    assertThat(answered.sdp().setup()).isEqualTo(DtlsSetup.ACTIVE);
    assertThat(answered.security().dtlsClient()).isTrue();
    assertThat(answered.security().remoteFingerprint()).isEqualTo(THEIR_FP);
    assertThat(toActive.sdp().setup()).isEqualTo(DtlsSetup.PASSIVE);
    assertThat(toActive.security().dtlsClient()).isFalse();
  }

  @ParameterizedTest(name = "{0} over TLS={1} offers {2}")
  @CsvSource({
    "OFF, true, RTP/AVP, 0, false",
    "OFF, false, RTP/AVP, 0, false",
    "OPTIONAL, true, RTP/AVP, 2, true",
    "OPTIONAL, false, RTP/AVP, 0, true",
    "MANDATORY, true, RTP/SAVP, 2, false",
    "MANDATORY, false, UDP/TLS/RTP/SAVP, 0, true",
  })
  void offersAsThePolicyAndSignallingTransportSay(
      SrtpPolicy policy, boolean tls, String profile, int cryptoLines, boolean fingerprint) {
    SdpSecurity offer = SecurityNegotiation.offer(rules(policy, tls));

    assertThat(offer.profile()).isEqualTo(profile);
    assertThat(offer.crypto()).hasSize(cryptoLines);
    assertThat(offer.fingerprint() != null).isEqualTo(fingerprint);
    assertThat(offer.setup()).isEqualTo(fingerprint ? DtlsSetup.ACTPASS : null);
  }

  @Test
  void aMandatoryAccountCannotOfferWithoutKeys() {
    SecurityRules nothing =
        new SecurityRules(SrtpPolicy.MANDATORY, false, LocalSecurity.NONE, MediaSecurity.NONE);

    assertThatThrownBy(() -> SecurityNegotiation.offer(nothing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mandatory")
        .hasMessageContaining("SDES needs TLS signalling");
  }

  @Test
  void acceptsTheAnsweredSdesKeyByTagAndTheAnsweredDtlsRole() throws Exception {
    SdpSecurity offered = SecurityNegotiation.offer(rules(SrtpPolicy.OPTIONAL, true));
    SdesCrypto theirs = new SdesCrypto(2, SrtpSuite.AES_CM_128_HMAC_SHA1_32, THEIR_KEY);

    MediaSecurity sdes =
        SecurityNegotiation.accept(
            new SdpSecurity("RTP/AVP", List.of(theirs), null, null),
            offered,
            rules(SrtpPolicy.OPTIONAL, true));
    MediaSecurity dtls =
        SecurityNegotiation.accept(
            new SdpSecurity("RTP/AVP", List.of(), THEIR_FP, DtlsSetup.PASSIVE),
            offered,
            rules(SrtpPolicy.OPTIONAL, true));

    assertThat(sdes.localKey()).isEqualTo(LOCAL.sdesKeys().get(1));
    assertThat(sdes.remoteKey()).isEqualTo(theirs);
    assertThat(dtls.kind()).isEqualTo(MediaSecurity.Kind.DTLS_SRTP);
    assertThat(dtls.dtlsClient()).isTrue();
  }

  @Test
  void aPlainAnswerIsTakenUnderOptionalAndRefusedUnderMandatory() throws Exception {
    SdpSecurity optional = SecurityNegotiation.offer(rules(SrtpPolicy.OPTIONAL, true));
    SdpSecurity mandatory = SecurityNegotiation.offer(rules(SrtpPolicy.MANDATORY, true));

    assertThat(
            SecurityNegotiation.accept(
                SdpSecurity.PLAIN, optional, rules(SrtpPolicy.OPTIONAL, true)))
        .isEqualTo(MediaSecurity.NONE);
    assertThatThrownBy(
            () ->
                SecurityNegotiation.accept(
                    new SdpSecurity("RTP/SAVP", List.of(), null, null),
                    mandatory,
                    rules(SrtpPolicy.MANDATORY, true)))
        .isInstanceOf(UnusableSdpException.class)
        .hasMessageContaining("no media encryption");
  }

  @Test
  void aReOfferThatDropsEncryptionIsRefusedUnderMandatory() {
    SdesCrypto ours = new SdesCrypto(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, OUR_KEY);
    SecurityRules encrypted =
        new SecurityRules(
            SrtpPolicy.MANDATORY, true, LOCAL, MediaSecurity.sdes(ours, ours.withTag(1)));

    assertThatThrownBy(() -> SecurityNegotiation.answer(SdpSecurity.PLAIN, encrypted))
        .isInstanceOf(UnusableSdpException.class)
        .hasMessageContaining("would drop media encryption");
  }

  @Test
  void anSdesReOfferRepeatsTheKeyInUseUnderTheAgreedProfile() {
    SdesCrypto inUse = LOCAL.sdesKeys().get(1).withTag(5);
    SdesCrypto theirs = new SdesCrypto(5, SrtpSuite.AES_CM_128_HMAC_SHA1_32, THEIR_KEY);
    SecurityRules running =
        new SecurityRules(
            SrtpPolicy.OPTIONAL, true, LOCAL, MediaSecurity.sdes(inUse, theirs), "RTP/SAVP");

    SdpSecurity reOffer = SecurityNegotiation.offer(running);

    assertThat(reOffer.profile()).isEqualTo("RTP/SAVP");
    assertThat(reOffer.crypto()).containsExactly(inUse);
    assertThat(reOffer.fingerprint()).isNull();
  }

  @Test
  void aDtlsReOfferKeepsTheRoleOfTheRunningAssociation() throws Exception {
    SecurityRules running =
        new SecurityRules(SrtpPolicy.MANDATORY, false, LOCAL, MediaSecurity.dtls(THEIR_FP, false));

    SdpSecurity reOffer = SecurityNegotiation.offer(running);
    SecurityNegotiation.Answered reAnswer =
        SecurityNegotiation.answer(offerOfKind("dtls"), running);

    assertThat(reOffer.setup()).isEqualTo(DtlsSetup.PASSIVE);
    assertThat(reAnswer.sdp().setup()).isEqualTo(DtlsSetup.PASSIVE);
    assertThat(reAnswer.security().dtlsClient()).isFalse();
  }

  @Test
  void writesAndReadsBackCryptoFingerprintAndSetup() throws Exception {
    SdpSecurity offer = SecurityNegotiation.offer(rules(SrtpPolicy.OPTIONAL, true));
    String sdp =
        SdpWriter.write(
            new LocalMedia(
                new MediaEndpoint("127.0.0.1", 32000),
                List.of(AudioCodec.PCMU),
                MediaDirection.SENDRECV,
                1,
                1,
                offer));

    assertThat(sdp)
        .contains("m=audio 32000 RTP/AVP 0")
        .contains("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:" + OUR_KEY)
        .contains("a=fingerprint:sha-256 " + OUR_FP.value())
        .contains("a=setup:actpass");
    assertThat(SdpReader.read(sdp).security()).isEqualTo(offer);
  }

  @Test
  void readsTheProfileAndSkipsUnusableCryptoLines() throws Exception {
    String sdp =
        "v=0\r\no=- 1 1 IN IP4 192.0.2.7\r\ns=-\r\nc=IN IP4 192.0.2.7\r\nt=0 0\r\n"
            + "m=audio 40000 RTP/SAVP 0\r\n"
            + "a=crypto:1 AES_256_CM_HMAC_SHA1_80 inline:"
            + OUR_KEY
            + OUR_KEY
            + "\r\n"
            + "a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:"
            + THEIR_KEY
            + " UNENCRYPTED_SRTP\r\n"
            + "a=crypto:3 AES_CM_128_HMAC_SHA1_32 inline:"
            + THEIR_KEY
            + "|2^31\r\n";

    SdpSecurity read = SdpReader.read(sdp).security();

    assertThat(read.profile()).isEqualTo("RTP/SAVP");
    assertThat(read.crypto())
        .containsExactly(new SdesCrypto(3, SrtpSuite.AES_CM_128_HMAC_SHA1_32, THEIR_KEY));
  }
}
