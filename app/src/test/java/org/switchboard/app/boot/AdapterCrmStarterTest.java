package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.CustomerServices;
import org.switchboard.core.Secret;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.secrets.SecretStore;

class AdapterCrmStarterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private final SecretStore noKeychain =
      new SecretStore() {
        @Override
        public Optional<Secret> get(String key) {
          return Optional.empty();
        }

        @Override
        public void put(String key, Secret secret) {}

        @Override
        public void delete(String key) {}
      };

  private AgentConfig.Crm crm(String connector, String options) throws Exception {
    JsonNode node = JSON.readTree(options);
    return new AgentConfig.Crm(connector, dir, "DE", Duration.ofMillis(1500), "Agent", node);
  }

  private CustomerServices start(String connector, String options) throws Exception {
    return new AdapterCrmStarter(Clock.systemUTC(), () -> noKeychain)
        .start(crm(connector, options));
  }

  @Test
  void theLocalSampleStartsAScreenPopThatKnowsTheLabPeers() throws Exception {
    CustomerServices services = start("local", "{\"customers\":\"sample\"}");
    try {
      BlockingQueue<CustomerCard> cards = new LinkedBlockingQueue<>();
      services.screenPop().lookup(new CallId("c1"), "sip:2001@127.0.0.1", cards::add);
      CustomerCard card = cards.poll(5, TimeUnit.SECONDS);
      while (card instanceof CustomerCard.Searching) {
        card = cards.poll(5, TimeUnit.SECONDS);
      }
      assertThat(card).isInstanceOf(CustomerCard.Matches.class);
      assertThat(services.journal().undelivered()).isEmpty();
      assertThat(dir.resolve("outbox")).isDirectory();
    } finally {
      services.shutdown().run();
    }
  }

  @Test
  void connectorsThatNeedSettingsNameTheMissingOne() {
    assertThatThrownBy(() -> start("hubspot", "{\"tokenKey\":\"crm/hubspot/token\"}"))
        .isInstanceOf(AgentFailure.class)
        .hasMessage("crm.options.portalId is missing");
    assertThatThrownBy(
            () ->
                start(
                    "hubspot", "{\"portalId\":\"42\",\"tokenKey\":\"k\",\"apiUrl\":\"http://x\"}"))
        .hasMessageContaining("crm.options.apiUrl must be an https URL");
    assertThatThrownBy(() -> start("dynamics", "{\"orgUrl\":\"https://contoso.crm.dynamics.com\"}"))
        .hasMessage("crm.options.tokenKey is missing");
    assertThatThrownBy(() -> start("salesforce", "{\"myDomain\":\"acme corp\",\"tokenKey\":\"k\"}"))
        .hasMessageContaining("crm.salesforce.myDomain");
    assertThatThrownBy(
            () -> start("rest", "{\"lookupUrl\":\"https://x.example/{number}\",\"colour\":1}"))
        .hasMessageContaining("crm.options (rest)")
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> start("ldap", "{\"baseDn\":\"dc=example,dc=com\"}"))
        .hasMessage("crm.options.url is missing");
    assertThatThrownBy(() -> start("local", "{\"customer\":\"sample\"}"))
        .hasMessageContaining("unknown setting 'crm.options.customer'");
    assertThatThrownBy(() -> start("local", "{\"customers\":\"" + dir.resolve("none.json") + "\"}"))
        .hasMessageContaining("none.json");
  }

  @Test
  void configuredConnectorsStartWithoutTouchingTheNetwork() throws Exception {
    start("hubspot", "{\"portalId\":\"4242\",\"tokenKey\":\"crm/hubspot/token\"}").shutdown().run();
    start("dynamics", "{\"orgUrl\":\"https://contoso.crm.dynamics.com\",\"tokenKey\":\"k\"}")
        .shutdown()
        .run();
    start("salesforce", "{\"myDomain\":\"acme\",\"tokenKey\":\"k\"}").shutdown().run();
    start("zendesk", "{\"subdomain\":\"acme\",\"email\":\"a@acme.example\",\"tokenKey\":\"k\"}")
        .shutdown()
        .run();
    start(
            "rest",
            "{\"lookupUrl\":\"https://crm.example.com/p?phone={number}\","
                + "\"fields\":{\"results\":\"/data\",\"id\":\"/id\",\"name\":\"/name\"},"
                + "\"logUrl\":\"https://crm.example.com/calls\",\"logBody\":{\"/id\":\"key\"},"
                + "\"tokenKey\":\"crm/rest/token\"}")
        .shutdown()
        .run();
    start("ldap", "{\"url\":\"ldap://127.0.0.1:1\",\"baseDn\":\"dc=example,dc=com\"}")
        .shutdown()
        .run();
  }

  @Test
  void anUnknownRegionIsNamed() {
    assertThatThrownBy(
            () ->
                new AdapterCrmStarter(Clock.systemUTC(), () -> noKeychain)
                    .start(
                        new AgentConfig.Crm(
                            "local",
                            dir,
                            "Germany",
                            Duration.ofMillis(1500),
                            "A",
                            JSON.readTree("{}"))))
        .hasMessageContaining("crm.defaultRegion");
  }
}
