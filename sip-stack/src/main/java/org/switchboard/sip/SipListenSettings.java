package org.switchboard.sip;

import java.util.Objects;
import org.switchboard.core.account.SipTransport;

/**
 * Where the local SIP stack listens.
 *
 * @param address the local IP address to bind, e.g. {@code 127.0.0.1}
 * @param port the local port; 0 picks a free one
 * @param transport the transport to listen on
 */
public record SipListenSettings(String address, int port, SipTransport transport) {
  public SipListenSettings {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(transport, "transport");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("SIP listen port must be 0-65535, was " + port);
    }
  }
}
