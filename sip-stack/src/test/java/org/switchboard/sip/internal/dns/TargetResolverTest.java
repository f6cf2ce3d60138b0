package org.switchboard.sip.internal.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.account.SipTransport;

class TargetResolverTest {
  // A DNS server that is never asked: numeric hosts must not cause any lookup.
  private final TargetResolver resolver = TargetResolver.using(List.of("192.0.2.1:53"), bound -> 0);

  @Test
  void anIpv4AddressIsItsOwnTargetWithoutDns() {
    assertThat(resolver.resolve("192.0.2.10", 5060, SipTransport.UDP, 5060))
        .containsExactly(new SipTarget("192.0.2.10", 5060, SipTransport.UDP));
  }

  @Test
  void anIpv6AddressIsItsOwnTargetWithoutDns() {
    assertThat(resolver.resolve("2001:db8::1", 5061, SipTransport.TLS, 5061))
        .containsExactly(new SipTarget("2001:db8::1", 5061, SipTransport.TLS));
  }

  @Test
  void badDnsServerEntriesNameTheSetting() {
    assertThatThrownBy(() -> TargetResolver.using(List.of("10.0.0.1:dns"), b -> 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dnsServers entry '10.0.0.1:dns'");
    assertThatThrownBy(() -> TargetResolver.using(List.of("10.0.0.1:70000"), b -> 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dnsServers entry '10.0.0.1:70000'");
  }
}
