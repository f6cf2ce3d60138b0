package org.switchboard.core.media;

import java.util.Locale;
import java.util.Objects;

/**
 * A certificate fingerprint as in RFC 8122 {@code a=fingerprint}: a hash function name and the hash
 * as colon-separated upper-case hex.
 *
 * @param hashFunction e.g. {@code sha-256} (lower case)
 * @param value e.g. {@code 4A:AD:...}
 */
public record DtlsFingerprint(String hashFunction, String value) {
  public DtlsFingerprint {
    hashFunction = hashFunction.trim().toLowerCase(Locale.ROOT);
    value = value.trim().toUpperCase(Locale.ROOT);
    if (!hashFunction.matches("sha-(1|224|256|384|512)")) {
      throw new IllegalArgumentException("unsupported fingerprint hash " + safe(hashFunction));
    }
    if (!value.matches("[0-9A-F]{2}(:[0-9A-F]{2}){19,63}")) {
      throw new IllegalArgumentException("fingerprint is not colon-separated hex");
    }
    Objects.requireNonNull(value);
  }

  /** Parses the value of an {@code a=fingerprint} attribute ({@code <hash> <hex>}). */
  public static DtlsFingerprint parse(String attribute) {
    String[] parts = attribute.trim().split("\\s+");
    if (parts.length != 2) {
      throw new IllegalArgumentException("fingerprint needs a hash function and a value");
    }
    return new DtlsFingerprint(parts[0], parts[1]);
  }

  private static String safe(String text) {
    return text.length() > 16 || !text.matches("[a-z0-9\\-]*") ? "(malformed)" : text;
  }

  /** The value for the SDP: {@code <hash> <hex>}. */
  public String attributeValue() {
    return hashFunction + " " + value;
  }
}
