package org.switchboard.sip.internal.ua;

import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;

/**
 * Who may offer this account a call: its registrar and its outbound proxy, unless the account
 * allows direct calls. A request qualifies when the packet came from one of their addresses (and,
 * over UDP, from their port) and its top Via names one of them too, so a stranger who knows the
 * agent's address cannot ring it. Built on the thread that starts the agent (it resolves the host
 * names once); used on {@code sip-events}.
 */
final class SignallingPeers {
  private final boolean directCallsAllowed;
  private final boolean checkPort;
  private final Set<String> hosts = new HashSet<>();
  private final Set<InetAddress> addresses = new HashSet<>();
  private final Set<Integer> ports = new HashSet<>();

  SignallingPeers(SipAccount account) {
    this.directCallsAllowed = account.options().directCallsAllowed();
    // Over TCP/TLS a proxy may open a new connection from any port of its own.
    this.checkPort = account.transport() == SipTransport.UDP;
    add(account.registrarHost(), account.registrarPort());
    String proxy = account.options().outboundProxy().trim();
    if (!proxy.isEmpty()) {
      addProxy(proxy, account.transport() == SipTransport.TLS ? 5061 : 5060);
    }
  }

  /** Whether {@code invite}, outside any dialog, may be offered to the agent. */
  boolean mayOfferCall(Request invite) {
    if (directCallsAllowed) {
      return true;
    }
    if (!(invite instanceof SIPMessage message)) {
      return false;
    }
    InetAddress source =
        message.getPeerPacketSourceAddress() != null
            ? message.getPeerPacketSourceAddress()
            : message.getRemoteAddress();
    int port =
        message.getPeerPacketSourceAddress() != null
            ? message.getPeerPacketSourcePort()
            : message.getRemotePort();
    boolean fromPeer =
        source != null && addresses.contains(source) && (!checkPort || ports.contains(port));
    return fromPeer && topViaNamesPeer(invite);
  }

  private boolean topViaNamesPeer(Request request) {
    if (!(request.getHeader(ViaHeader.NAME) instanceof ViaHeader via)) {
      return false;
    }
    String host = via.getReceived() != null ? via.getReceived() : via.getHost();
    if (host == null) {
      return false;
    }
    String bare = unbracket(host).toLowerCase(Locale.ROOT);
    if (hosts.contains(bare)) {
      return true;
    }
    return addresses.stream().anyMatch(a -> a.getHostAddress().equalsIgnoreCase(bare));
  }

  private void addProxy(String proxy, int defaultPort) {
    String rest = proxy.replaceFirst("(?i)^sips?:", "");
    int params = rest.indexOf(';');
    if (params >= 0) {
      rest = rest.substring(0, params);
    }
    int port = defaultPort;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf(']') && rest.indexOf(':') == colon) {
      try {
        port = Integer.parseInt(rest.substring(colon + 1));
        rest = rest.substring(0, colon);
      } catch (NumberFormatException e) {
        // not a port: the account's own validation reports the setting
      }
    }
    add(rest, port);
  }

  private void add(String host, int port) {
    String bare = unbracket(host).toLowerCase(Locale.ROOT);
    hosts.add(bare);
    ports.add(port);
    try {
      addresses.addAll(Set.of(InetAddress.getAllByName(bare)));
    } catch (UnknownHostException e) {
      // Unresolvable now: no INVITE can come from it either; registration reports the setting.
    }
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
