package org.switchboard.audio.internal.srtp;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.switchboard.core.media.SdesCrypto;
import org.switchboard.core.media.SrtpSuite;

/** Fresh RFC 4568 inline master keys for a call, one per suite, from a {@link SecureRandom}. */
public final class SdesKeys {
  private final SecureRandom random;

  public SdesKeys(SecureRandom random) {
    this.random = random;
  }

  /** A new key for each suite, in our order of preference, tagged 1, 2, ... */
  public List<SdesCrypto> generate() {
    List<SdesCrypto> keys = new ArrayList<>();
    int tag = 1;
    for (SrtpSuite suite : SrtpSuite.values()) {
      byte[] raw = new byte[suite.masterKeyLength() + suite.masterSaltLength()];
      random.nextBytes(raw);
      keys.add(new SdesCrypto(tag++, suite, Base64.getEncoder().encodeToString(raw)));
      java.util.Arrays.fill(raw, (byte) 0);
    }
    return keys;
  }
}
