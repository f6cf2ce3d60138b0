package org.switchboard.sip.internal.dns;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.SipTransport;

/**
 * The targets of the account's server, resolved when first needed, with failover: {@link
 * #current()} is where requests go, {@link #failed()} moves on to the next target. When every
 * target has failed, the next {@link #current()} resolves the name again. Used on {@code
 * sip-events}.
 */
public final class TargetList {
  private final String setting;
  private final String host;
  private final int port;
  private final SipTransport transport;
  private final int defaultPort;
  private final TargetResolver resolver;
  private @Nullable List<SipTarget> targets;
  private int index;

  /**
   * @param setting the account setting the name comes from, for messages ({@code registrarHost})
   * @param host the server's name or address
   * @param port its configured port
   * @param transport the account's transport
   * @param defaultPort the transport's default port (NAPTR/SRV apply only with it)
   */
  public TargetList(
      String setting,
      String host,
      int port,
      SipTransport transport,
      int defaultPort,
      TargetResolver resolver) {
    this.setting = setting;
    this.host = host;
    this.port = port;
    this.transport = transport;
    this.defaultPort = defaultPort;
    this.resolver = resolver;
  }

  /**
   * Where requests to the server go now.
   *
   * @throws UnresolvableHostException naming the server when its name leads nowhere
   */
  public SipTarget current() {
    List<SipTarget> known = targets;
    if (known == null) {
      try {
        known = resolver.resolve(host, port, transport, defaultPort);
      } catch (UnresolvableHostException e) {
        throw new UnresolvableHostException(setting + " " + e.getMessage());
      }
      targets = known;
      index = 0;
    }
    return known.get(index);
  }

  /**
   * The current target did not answer: moves to the next one and returns true, or, when none is
   * left, forgets the list (the next use resolves again) and returns false.
   */
  public boolean failed() {
    List<SipTarget> known = targets;
    if (known != null && index + 1 < known.size()) {
      index++;
      return true;
    }
    targets = null;
    return false;
  }

  /** Whether {@code host:port} is one of the server's targets found so far. */
  public boolean isTarget(String host, int port) {
    List<SipTarget> known = targets;
    return known != null
        && known.stream().anyMatch(t -> t.address().equalsIgnoreCase(host) && t.port() == port);
  }
}
