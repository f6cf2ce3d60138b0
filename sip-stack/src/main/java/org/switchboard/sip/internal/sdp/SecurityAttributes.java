package org.switchboard.sip.internal.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Vector;
import javax.sdp.Attribute;
import javax.sdp.SdpException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.SdesCrypto;

/**
 * Reads a peer's {@code a=crypto}, {@code a=fingerprint} and {@code a=setup} attributes. A crypto
 * line we cannot use (unknown suite, session parameters, MKI) is skipped with its reason logged,
 * never its key; the peer may have offered others. Pure; any thread.
 */
@SuppressWarnings("JdkObsolete") // javax.sdp speaks Vector
final class SecurityAttributes {
  private static final Logger LOG = LoggerFactory.getLogger(SecurityAttributes.class);
  private static final int MAX_CRYPTO_LINES = 16;

  private SecurityAttributes() {}

  /** The m-line's security, media-level attributes first, then session-level ones. */
  static SdpSecurity read(
      @Nullable String profile, @Nullable Vector<?> media, @Nullable Vector<?> session)
      throws SdpException {
    List<SdesCrypto> crypto = new ArrayList<>();
    for (String value : values(media, "crypto")) {
      if (crypto.size() == MAX_CRYPTO_LINES) {
        break;
      }
      try {
        crypto.add(SdesCrypto.parse(value));
      } catch (IllegalArgumentException e) {
        LOG.info("skipping an a=crypto line: {}", e.getMessage());
      }
    }
    DtlsFingerprint fingerprint = fingerprint(values(media, "fingerprint"));
    if (fingerprint == null) {
      fingerprint = fingerprint(values(session, "fingerprint"));
    }
    DtlsSetup setup = setup(values(media, "setup"));
    if (setup == null) {
      setup = setup(values(session, "setup"));
    }
    String proto = profile == null ? SdpSecurity.AVP : profile.trim();
    return new SdpSecurity(proto, crypto, fingerprint, setup);
  }

  private static List<String> values(@Nullable Vector<?> attributes, String name)
      throws SdpException {
    List<String> found = new ArrayList<>();
    if (attributes != null) {
      for (Object o : attributes) {
        if (o instanceof Attribute a && name.equalsIgnoreCase(a.getName()) && a.hasValue()) {
          found.add(a.getValue());
        }
      }
    }
    return found;
  }

  private static @Nullable DtlsFingerprint fingerprint(List<String> values) {
    for (String value : values) {
      try {
        return DtlsFingerprint.parse(value);
      } catch (IllegalArgumentException e) {
        LOG.info("skipping an a=fingerprint line: {}", e.getMessage());
      }
    }
    return null;
  }

  private static @Nullable DtlsSetup setup(List<String> values) {
    for (String value : values) {
      var parsed = DtlsSetup.parse(value);
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
    return null;
  }
}
