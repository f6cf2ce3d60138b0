package org.switchboard.sip.internal.sdp;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.SdesCrypto;

/**
 * The media-security part of an audio m-line: its transport protocol and the {@code a=crypto},
 * {@code a=fingerprint} and {@code a=setup} attributes. Its {@code toString} redacts keys (through
 * {@link SdesCrypto#toString()}).
 *
 * @param profile the m-line's protocol, e.g. {@code RTP/AVP}, {@code RTP/SAVP}, {@code
 *     UDP/TLS/RTP/SAVP}
 * @param crypto the usable SDES attributes (unsupported ones are dropped when reading)
 * @param fingerprint the DTLS certificate fingerprint, if any
 * @param setup the DTLS role, if stated
 */
public record SdpSecurity(
    String profile,
    List<SdesCrypto> crypto,
    @Nullable DtlsFingerprint fingerprint,
    @Nullable DtlsSetup setup) {
  public static final String AVP = "RTP/AVP";
  public static final String SAVP = "RTP/SAVP";
  public static final String DTLS_SAVP = "UDP/TLS/RTP/SAVP";

  /** Plain {@code RTP/AVP}, nothing else. */
  public static final SdpSecurity PLAIN = new SdpSecurity(AVP, List.of(), null, null);

  public SdpSecurity {
    Objects.requireNonNull(profile, "profile");
    crypto = List.copyOf(crypto);
  }

  /** Whether the profile itself demands SRTP ({@code RTP/SAVP}, {@code UDP/TLS/RTP/SAVPF}...). */
  public boolean requiresEncryption() {
    return profile.contains("SAVP");
  }

  /** Whether the profile is a DTLS one ({@code UDP/TLS/RTP/SAVP[F]}). */
  public boolean isDtlsProfile() {
    return profile.startsWith("UDP/TLS/");
  }
}
