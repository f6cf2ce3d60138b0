package org.switchboard.sip.internal.dns;

import java.util.Objects;
import org.switchboard.core.account.SipTransport;

/**
 * One place to send requests to: an IP address, port and transport, found for a server name.
 *
 * @param address an IP address literal (IPv6 without brackets)
 * @param port the port
 * @param transport the transport
 */
public record SipTarget(String address, int port, SipTransport transport) {
  public SipTarget {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(transport, "transport");
  }

  @Override
  public String toString() {
    return (address.contains(":") ? "[" + address + "]" : address) + ":" + port + "/" + transport;
  }
}
