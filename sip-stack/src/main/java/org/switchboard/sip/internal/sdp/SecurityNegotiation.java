package org.switchboard.sip.internal.sdp;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.SdesCrypto;
import org.switchboard.core.media.SrtpPolicy;

/**
 * Offer/answer of media encryption (RFC 4568 SDES, RFC 5763 DTLS-SRTP) under an account's {@link
 * SrtpPolicy}; ADR 0023 has the reasons. Pure; any thread.
 *
 * <ul>
 *   <li>OFF offers plain RTP and refuses offers whose profile requires SRTP.
 *   <li>OPTIONAL offers {@code RTP/AVP} carrying our SDES keys (over TLS only) and our fingerprint,
 *       and takes what the peer answers; it accepts encrypted and plain offers.
 *   <li>MANDATORY offers {@code RTP/SAVP} with SDES over TLS, else {@code UDP/TLS/RTP/SAVP}, and
 *       refuses any offer or answer with no usable encryption, re-offers included.
 * </ul>
 *
 * Where both could be used, DTLS-SRTP wins: its keys never travel through the SIP servers.
 */
public final class SecurityNegotiation {
  private SecurityNegotiation() {}

  /** What our offer states. */
  public static SdpSecurity offer(SecurityRules rules) {
    List<SdesCrypto> keys = rules.sdesAllowed() ? rules.local().sdesKeys() : List.of();
    DtlsFingerprint fingerprint = rules.local().fingerprint();
    if (rules.policy() != SrtpPolicy.OFF && rules.current().isEncrypted()) {
      return reOffer(rules, keys, fingerprint);
    }
    switch (rules.policy()) {
      case OFF:
        return SdpSecurity.PLAIN;
      case OPTIONAL:
        return new SdpSecurity(
            SdpSecurity.AVP, keys, fingerprint, fingerprint == null ? null : DtlsSetup.ACTPASS);
      default:
        if (!keys.isEmpty()) {
          return new SdpSecurity(SdpSecurity.SAVP, keys, null, null);
        }
        if (fingerprint != null) {
          return new SdpSecurity(SdpSecurity.DTLS_SAVP, List.of(), fingerprint, DtlsSetup.ACTPASS);
        }
        throw new IllegalStateException(
            "media encryption is mandatory for this account, but the media engine offers no"
                + " DTLS certificate"
                + (rules.sdesAllowed() ? " or SDES keys" : " (SDES needs TLS signalling)"));
    }
  }

  /** A re-offer of an encrypted call: the same keying under the profile the peer agreed to. */
  private static SdpSecurity reOffer(
      SecurityRules rules, List<SdesCrypto> keys, @Nullable DtlsFingerprint fingerprint) {
    MediaSecurity current = rules.current();
    if (current.kind() == MediaSecurity.Kind.DTLS_SRTP && fingerprint != null) {
      // RFC 5763 section 6.7.1: the established roles stay.
      DtlsSetup setup = current.dtlsClient() ? DtlsSetup.ACTIVE : DtlsSetup.PASSIVE;
      return new SdpSecurity(rules.currentProfile(), List.of(), fingerprint, setup);
    }
    SdesCrypto inUse = current.localKey();
    if (inUse != null && !keys.isEmpty()) {
      // RFC 4568 section 7.1.4: repeating the key in use (and its tag) keeps the SRTP streams.
      return new SdpSecurity(rules.currentProfile(), List.of(inUse), null, null);
    }
    throw new IllegalStateException("the media session no longer offers the call's keying");
  }

  /**
   * Our answer to a peer's offer.
   *
   * @throws UnusableSdpException when the policy and the offer do not meet (answer 488)
   */
  public static Answered answer(SdpSecurity offer, SecurityRules rules)
      throws UnusableSdpException {
    if (rules.policy() == SrtpPolicy.OFF) {
      if (offer.requiresEncryption()) {
        throw new UnusableSdpException("the offer requires SRTP, which is off for this account");
      }
      return new Answered(plain(offer.profile()), MediaSecurity.NONE);
    }
    Optional<Answered> dtls =
        offer.profile().startsWith("RTP/SAVP") ? Optional.empty() : answerDtls(offer, rules);
    if (dtls.isPresent()) {
      return dtls.get();
    }
    Optional<Answered> sdes = offer.isDtlsProfile() ? Optional.empty() : answerSdes(offer, rules);
    if (sdes.isPresent()) {
      return sdes.get();
    }
    if (rules.policy() == SrtpPolicy.MANDATORY || offer.requiresEncryption()) {
      throw new UnusableSdpException(whyNoEncryption(offer, rules));
    }
    return new Answered(plain(offer.profile()), MediaSecurity.NONE);
  }

  private static Optional<Answered> answerDtls(SdpSecurity offer, SecurityRules rules) {
    DtlsFingerprint theirs = offer.fingerprint();
    DtlsFingerprint ours = rules.local().fingerprint();
    if (theirs == null || ours == null || offer.setup() == DtlsSetup.HOLDCONN) {
      return Optional.empty();
    }
    MediaSecurity current = rules.current();
    boolean client;
    if (current.kind() == MediaSecurity.Kind.DTLS_SRTP
        && theirs.equals(current.remoteFingerprint())
        && offer.setup() == DtlsSetup.ACTPASS) {
      client = current.dtlsClient(); // the association goes on (RFC 5763 section 6.7.1)
    } else {
      client = offer.setup() != DtlsSetup.ACTIVE; // RFC 5763: the answerer should be active
    }
    SdpSecurity answer =
        new SdpSecurity(
            offer.profile(), List.of(), ours, client ? DtlsSetup.ACTIVE : DtlsSetup.PASSIVE);
    return Optional.of(new Answered(answer, MediaSecurity.dtls(theirs, client)));
  }

  private static Optional<Answered> answerSdes(SdpSecurity offer, SecurityRules rules) {
    if (!rules.sdesAllowed()) {
      return Optional.empty();
    }
    for (SdesCrypto theirs : offer.crypto()) {
      Optional<SdesCrypto> ours = rules.local().keyFor(theirs.suite());
      if (ours.isPresent()) {
        SdesCrypto answered = ours.get().withTag(theirs.tag());
        SdpSecurity answer = new SdpSecurity(offer.profile(), List.of(answered), null, null);
        return Optional.of(new Answered(answer, MediaSecurity.sdes(answered, theirs)));
      }
    }
    return Optional.empty();
  }

  private static String whyNoEncryption(SdpSecurity offer, SecurityRules rules) {
    if (rules.current().isEncrypted() && rules.policy() == SrtpPolicy.MANDATORY) {
      return "the offer would drop media encryption, which this account requires";
    }
    if (!offer.crypto().isEmpty() && !rules.sdesAllowed() && offer.fingerprint() == null) {
      return "SDES keys are accepted only over TLS signalling";
    }
    if (rules.policy() == SrtpPolicy.MANDATORY) {
      return "this account requires media encryption and the offer has none we support";
    }
    return "the offer requires SRTP and has no keying we support";
  }

  private static SdpSecurity plain(String offeredProfile) {
    return offeredProfile.startsWith("RTP/AVP")
        ? new SdpSecurity(offeredProfile, List.of(), null, null)
        : SdpSecurity.PLAIN;
  }

  /**
   * How the call is encrypted after the peer answered our {@code offered} security.
   *
   * @throws UnusableSdpException when the answer has no usable encryption and the policy or our
   *     offer's profile needs it
   */
  public static MediaSecurity accept(SdpSecurity answer, SdpSecurity offered, SecurityRules rules)
      throws UnusableSdpException {
    DtlsFingerprint theirs = answer.fingerprint();
    if (offered.fingerprint() != null && theirs != null) {
      // RFC 4145: an answer without a=setup means active; actpass is not an answer.
      DtlsSetup setup = answer.setup() == null ? DtlsSetup.ACTIVE : answer.setup();
      if (setup == DtlsSetup.ACTIVE || setup == DtlsSetup.PASSIVE) {
        return MediaSecurity.dtls(theirs, setup == DtlsSetup.PASSIVE);
      }
    }
    for (SdesCrypto their : answer.crypto()) {
      for (SdesCrypto ours : offered.crypto()) {
        if (ours.tag() == their.tag() && ours.suite() == their.suite()) {
          return MediaSecurity.sdes(ours, their);
        }
      }
    }
    if (offered.requiresEncryption() || rules.policy() == SrtpPolicy.MANDATORY) {
      throw new UnusableSdpException("the answer has no media encryption we offered");
    }
    return MediaSecurity.NONE;
  }

  /**
   * The security part of our answer and the outcome.
   *
   * @param sdp what our answer's m-line states
   * @param security how the stream is to be encrypted
   */
  public record Answered(SdpSecurity sdp, MediaSecurity security) {}
}
