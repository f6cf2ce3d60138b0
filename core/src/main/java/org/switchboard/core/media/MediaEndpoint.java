package org.switchboard.core.media;

import java.util.Objects;

/** Where RTP goes: an IP address (literal) and port. RTCP uses {@code port + 1}. */
public record MediaEndpoint(String address, int port) {
  public MediaEndpoint {
    Objects.requireNonNull(address, "address");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
  }
}
