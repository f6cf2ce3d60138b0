package org.switchboard.crm.internal.http;

import java.time.Duration;

/**
 * Bounds on one CRM exchange.
 *
 * @param connectTimeout time to open the connection
 * @param callTimeout time for the whole exchange, body included
 * @param maxResponseBytes larger answers are refused as malformed
 * @param maxRedirects same-host redirects followed before giving up
 */
public record HttpPolicy(
    Duration connectTimeout, Duration callTimeout, long maxResponseBytes, int maxRedirects) {

  /** Defaults for a lookup: a card is useless after a few seconds, and 2 MiB is plenty. */
  public static HttpPolicy defaults() {
    return new HttpPolicy(Duration.ofSeconds(3), Duration.ofSeconds(10), 2L * 1024 * 1024, 3);
  }

  public HttpPolicy withCallTimeout(Duration timeout) {
    return new HttpPolicy(connectTimeout, timeout, maxResponseBytes, maxRedirects);
  }

  public HttpPolicy withMaxResponseBytes(long bytes) {
    return new HttpPolicy(connectTimeout, callTimeout, bytes, maxRedirects);
  }
}
