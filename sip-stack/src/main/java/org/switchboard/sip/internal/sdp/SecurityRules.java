package org.switchboard.sip.internal.sdp;

import java.util.Objects;
import org.switchboard.core.media.LocalSecurity;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.SrtpPolicy;

/**
 * What decides a call's media encryption in offer/answer.
 *
 * @param policy the account's policy
 * @param sdesAllowed whether SDES keys may travel in our SDP (the account signals over TLS)
 * @param local the keys and fingerprint the media session offers
 * @param current how the call is encrypted now ({@link MediaSecurity#NONE} before media starts)
 * @param currentProfile the m-line profile of the last completed offer/answer (re-offers of an
 *     encrypted call keep it, so a peer that agreed to {@code RTP/SAVP} is not offered another)
 */
public record SecurityRules(
    SrtpPolicy policy,
    boolean sdesAllowed,
    LocalSecurity local,
    MediaSecurity current,
    String currentProfile) {
  /** No encryption at all: offers plain RTP, refuses offers that require SRTP. */
  public static final SecurityRules OFF =
      new SecurityRules(SrtpPolicy.OFF, false, LocalSecurity.NONE, MediaSecurity.NONE);

  public SecurityRules {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(currentProfile, "currentProfile");
  }

  /** Rules for a call whose last offer/answer used {@code RTP/AVP}. */
  public SecurityRules(
      SrtpPolicy policy, boolean sdesAllowed, LocalSecurity local, MediaSecurity current) {
    this(policy, sdesAllowed, local, current, SdpSecurity.AVP);
  }
}
