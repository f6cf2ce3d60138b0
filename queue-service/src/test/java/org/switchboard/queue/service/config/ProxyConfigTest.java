package org.switchboard.queue.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proxy mode's settings (ADR 0031): read, checked with file:line:column, never shown. */
class ProxyConfigTest {
  @TempDir Path dir;

  private static final String AGENTS =
      """
      agents:
        alice:
          extension: "1001"
          sipAddress: "sip:3101@pbx.example.com"
      """;

  @Test
  void aProxyWithItsPasswordFromTheEnvironmentAndAnAgentsAddressAreRead() throws Exception {
    String yaml =
        """
        service:
          sip:
            proxy:
              uri: sip:pbx.example.com:5080
              user: queue
              passwordEnv: QUEUE_PROXY_PASSWORD
            outsideRoute: "sip:{number}@gw.example.com"
            outsideRingTimeout: 20s
        """
            + AGENTS;
    Path file = ConfigFiles.write(dir, "centre.yaml", yaml);

    LoadedConfig config = new ConfigLoader(Map.of("QUEUE_PROXY_PASSWORD", "s3cret")).load(file);

    ProxySettings proxy = java.util.Objects.requireNonNull(config.service().proxy());
    assertThat(proxy.uri()).isEqualTo("sip:pbx.example.com:5080");
    assertThat(proxy.domain()).as("the proxy's host by default").isEqualTo("pbx.example.com");
    assertThat(proxy.user()).isEqualTo("queue");
    assertThat(new String(proxy.password().reveal())).isEqualTo("s3cret");
    assertThat(proxy.toString()).doesNotContain("s3cret");
    assertThat(config.service().toString()).doesNotContain("s3cret");
    assertThat(config.service().outsideRoute()).isEqualTo("sip:{number}@gw.example.com");
    assertThat(config.service().outsideRingTimeout()).isEqualTo(java.time.Duration.ofSeconds(20));
    assertThat(java.util.Objects.requireNonNull(config.centre().agents().get("alice")).sipAddress())
        .isEqualTo("sip:3101@pbx.example.com");
  }

  @Test
  void withoutAProxyTheServiceIsTheRegistrarAndHasNoOutsideRoute() {
    LoadedConfig config = ConfigFiles.load(ConfigFiles.write(dir, "centre.yaml", AGENTS));

    assertThat(config.service().proxy()).isNull();
    assertThat(config.service().outsideRoute()).isEmpty();
    assertThat(config.service().outsideRingTimeout())
        .isEqualTo(ServiceSettings.DEFAULT_OUTSIDE_RING_TIMEOUT);
  }

  @Test
  void anOutsideRingTimeOutOfRangeIsRefusedNamingTheSetting() {
    String yaml =
        """
        service:
          sip:
            outsideRingTimeout: 2s
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("service.sip.outsideRingTimeout"));
  }

  @Test
  void badProxySettingsAreNamedWithTheirLine() {
    String yaml =
        """
        service:
          sip:
            proxy:
              uri: "pbx example com"
              user: "a user"
              password: x
              passwordEnv: Y
              realm: pbx
            outsideRoute: "sip:gw.example.com"
        agents:
          alice:
            extension: "1001"
            sipAddress: "3101@pbx"
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactlyInAnyOrder(
            "4:12: service.sip.proxy.uri: 'pbx example com' is not a proxy address"
                + " (sip:host:port)",
            "5:13: service.sip.proxy.user: 'a user' is not a SIP user name (letters, digits, . _ +"
                + " -)",
            "7:20: service.sip.proxy.passwordEnv: give either 'password' or 'passwordEnv', not"
                + " both",
            "8:7: service.sip.proxy: unknown key 'realm'",
            "9:19: service.sip.outsideRoute: 'sip:gw.example.com' is not a SIP URI with {number}"
                + " in it, e.g. sip:{number}@gateway.example.com",
            "13:17: agents.alice.sipAddress: '3101@pbx' is not a SIP address (sip:user@domain)");
  }

  @Test
  void aPasswordFromAnUnsetVariableIsRefused() {
    String yaml =
        """
        service:
          sip:
            proxy:
              uri: pbx.example.com
              passwordEnv: NOT_SET_ANYWHERE
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "5:20: service.sip.proxy.passwordEnv: the environment variable NOT_SET_ANYWHERE is"
                + " not set");
  }

  @Test
  void outsideNumbersGoToTheRouteTheProxyOrAsSipUris() throws Exception {
    ServiceSettings plain = ServiceSettings.defaults(dir);
    ServiceSettings proxied =
        withRouting(plain, new ProxySettings("sip:pbx:5060", "pbx.example.com", "q", secret()), "");
    ServiceSettings routed = withRouting(plain, null, "sip:{number}@gw.example.com:5080");

    assertThat(OutsideNumbers.uriFor("+15550100", routed))
        .isEqualTo("sip:+15550100@gw.example.com:5080");
    assertThat(OutsideNumbers.uriFor("3140", proxied)).isEqualTo("sip:3140@pbx.example.com");
    assertThat(OutsideNumbers.uriFor("sip:desk@10.0.0.9:5062", plain))
        .isEqualTo("sip:desk@10.0.0.9:5062");
    assertThatThrownBy(() -> OutsideNumbers.uriFor("3140", plain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no route to outside numbers");
    assertThatThrownBy(() -> OutsideNumbers.uriFor("call me", routed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'call me' is not a number");
    assertThatThrownBy(() -> OutsideNumbers.uriFor("sip:nobody", routed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a SIP URI");
  }

  private static org.switchboard.core.Secret secret() {
    return org.switchboard.core.Secret.of("");
  }

  private static ServiceSettings withRouting(
      ServiceSettings s, @org.jspecify.annotations.Nullable ProxySettings proxy, String route) {
    return new ServiceSettings(
        s.sipAddress(),
        s.sipPort(),
        s.httpAddress(),
        s.httpPort(),
        s.store(),
        s.recordings(),
        s.prompts(),
        s.rtpPortMin(),
        s.rtpPortMax(),
        proxy,
        route,
        s.outsideRingTimeout());
  }
}
