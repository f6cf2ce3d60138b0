package org.switchboard.sip.internal.dns;

import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.internal.tls.ServerIdentity;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Finds where to send SIP requests for a server name, as RFC 3263 section 4 says, for one transport
 * (the account's): NAPTR records offering that transport, else its SRV records ({@code _sip._udp},
 * {@code _sip._tcp}, {@code _sips._tcp}), else the name's A/AAAA records on the given port. An IP
 * address, or a name with a non-default port, skips NAPTR/SRV (RFC 3263 section 4.2). Lookups block
 * (each bounded by {@link #TIMEOUT}); called on {@code sip-events}.
 */
public final class TargetResolver {
  /** How long one DNS query may take. */
  public static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final Resolver resolver;
  private final IntUnaryOperator randomBelow;
  private final String servers;

  TargetResolver(Resolver resolver, String servers, IntUnaryOperator randomBelow) {
    this.resolver = resolver;
    this.servers = servers;
    this.randomBelow = randomBelow;
  }

  /**
   * A resolver asking {@code dnsServers} ({@code host} or {@code host:port}), or the system's
   * servers when empty.
   *
   * @throws IllegalArgumentException naming {@code dnsServers} when an entry is not usable
   */
  public static TargetResolver using(List<String> dnsServers, IntUnaryOperator randomBelow) {
    if (dnsServers.isEmpty()) {
      Resolver system = Lookup.getDefaultResolver();
      return new TargetResolver(system, "the system's DNS servers", randomBelow);
    }
    List<Resolver> resolvers = new ArrayList<>();
    for (String server : dnsServers) {
      resolvers.add(simple(server));
    }
    ExtendedResolver resolver = new ExtendedResolver(resolvers.toArray(Resolver[]::new));
    resolver.setTimeout(TIMEOUT);
    resolver.setRetries(1);
    return new TargetResolver(
        resolver, "DNS servers " + String.join(", ", dnsServers), randomBelow);
  }

  private static Resolver simple(String server) {
    String host = server.trim();
    int port = 53;
    int colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(':') == colon) {
      try {
        port = Integer.parseInt(host.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("dnsServers entry '" + server + "' has no valid port");
      }
      host = host.substring(0, colon);
    }
    if (host.isEmpty() || port < 1 || port > 65535) {
      throw new IllegalArgumentException("dnsServers entry '" + server + "' is not host[:port]");
    }
    try {
      SimpleResolver resolver = new SimpleResolver(host);
      resolver.setPort(port);
      resolver.setTimeout(TIMEOUT);
      return resolver;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("dnsServers entry '" + server + "' does not resolve", e);
    }
  }

  /**
   * The targets for {@code host}, best first.
   *
   * @param port the configured port; when it is the transport's default, NAPTR/SRV records decide
   * @throws UnresolvableHostException when no record leads anywhere
   */
  public List<SipTarget> resolve(String host, int port, SipTransport transport, int defaultPort) {
    if (ServerIdentity.isIpLiteral(host)) {
      return List.of(new SipTarget(host, port, transport));
    }
    List<SipTarget> targets = new ArrayList<>();
    if (port == defaultPort) {
      targets.addAll(fromNaptr(host, transport));
      if (targets.isEmpty()) {
        targets.addAll(fromSrv(srvPrefix(transport) + host, transport));
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(addresses(host, port, transport));
    }
    if (targets.isEmpty()) {
      throw new UnresolvableHostException(
          host + " does not resolve (no NAPTR, SRV or A/AAAA record from " + servers + ")");
    }
    return List.copyOf(targets);
  }

  private List<SipTarget> fromNaptr(String host, SipTransport transport) {
    List<NAPTRRecord> offers = new ArrayList<>();
    for (Record r : lookup(host, Type.NAPTR)) {
      if (r instanceof NAPTRRecord naptr
          && naptr.getFlags().equalsIgnoreCase("s")
          && naptr.getService().equalsIgnoreCase(naptrService(transport))) {
        offers.add(naptr);
      }
    }
    offers.sort(
        Comparator.comparingInt(NAPTRRecord::getOrder)
            .thenComparingInt(NAPTRRecord::getPreference));
    List<SipTarget> targets = new ArrayList<>();
    for (NAPTRRecord offer : offers) {
      targets.addAll(fromSrv(offer.getReplacement().toString(), transport));
    }
    return targets;
  }

  private List<SipTarget> fromSrv(String name, SipTransport transport) {
    List<SrvOrder.Srv> records = new ArrayList<>();
    for (Record r : lookup(name, Type.SRV)) {
      // A target of "." says the service is not offered at this name (RFC 2782).
      if (r instanceof SRVRecord srv && srv.getTarget().labels() > 1) {
        records.add(
            new SrvOrder.Srv(
                srv.getPriority(), srv.getWeight(), srv.getTarget().toString(), srv.getPort()));
      }
    }
    List<SipTarget> targets = new ArrayList<>();
    for (SrvOrder.Srv srv : SrvOrder.order(records, randomBelow)) {
      targets.addAll(addresses(srv.target(), srv.port(), transport));
    }
    return targets;
  }

  private List<SipTarget> addresses(String host, int port, SipTransport transport) {
    List<SipTarget> targets = new ArrayList<>();
    for (Record r : lookup(host, Type.A)) {
      if (r instanceof ARecord a) {
        targets.add(new SipTarget(a.getAddress().getHostAddress(), port, transport));
      }
    }
    for (Record r : lookup(host, Type.AAAA)) {
      if (r instanceof AAAARecord aaaa) {
        targets.add(new SipTarget(aaaa.getAddress().getHostAddress(), port, transport));
      }
    }
    return targets;
  }

  private List<Record> lookup(String name, int type) {
    try {
      Lookup lookup = new Lookup(Name.fromString(name.endsWith(".") ? name : name + "."), type);
      lookup.setResolver(resolver);
      lookup.setCache(null);
      Record[] records = lookup.run();
      return records == null ? List.of() : List.of(records);
    } catch (TextParseException e) {
      throw new UnresolvableHostException("'" + name + "' is not a valid DNS name");
    }
  }

  private static String naptrService(SipTransport transport) {
    return switch (transport) {
      case UDP -> "SIP+D2U";
      case TCP -> "SIP+D2T";
      case TLS -> "SIPS+D2T";
    };
  }

  private static String srvPrefix(SipTransport transport) {
    return transport == SipTransport.TLS
        ? "_sips._tcp."
        : "_sip._" + transport.name().toLowerCase(Locale.ROOT) + ".";
  }
}
