package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.CrmSignIn;
import org.switchboard.app.headless.CustomerServices;
import org.switchboard.core.Secret;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.secrets.SecretStore;

/**
 * The agent signs in to an OAuth-protected CRM with the device flow, as configured in {@code
 * crm.options.oauth}; the tokens land in the keychain (an in-memory one here) and the next lookup
 * carries the new access token. MockWebServer stands in for the provider and the CRM.
 */
class CrmOAuthSignInTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final Map<String, String> keychain = new ConcurrentHashMap<>();
  private final BlockingQueue<String> crmAuthorizations = new LinkedBlockingQueue<>();

  private final SecretStore secrets =
      new SecretStore() {
        @Override
        public Optional<Secret> get(String key) {
          return Optional.ofNullable(keychain.get(key)).map(Secret::of);
        }

        @Override
        public void put(String key, Secret secret) {
          keychain.put(key, new String(secret.reveal()));
        }

        @Override
        public void delete(String key) {
          keychain.remove(key);
        }
      };

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = String.valueOf(request.getPath());
            if (path.equals("/oauth/device")) {
              return json(
                  "{\"device_code\":\"dev-123\",\"user_code\":\"WDJB-MJHT\","
                      + "\"verification_uri\":\"https://crm.example.com/device\","
                      + "\"expires_in\":600,\"interval\":1}");
            }
            if (path.equals("/oauth/token")) {
              return json(
                  "{\"access_token\":\"access-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                      + "\"refresh_token\":\"refresh-1\"}");
            }
            crmAuthorizations.add(String.valueOf(request.getHeader("Authorization")));
            return json("{\"data\":[{\"id\":\"7\",\"name\":\"Ann Example\"}]}");
          }
        });
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void theDeviceFlowStoresTokensThatTheNextLookupUses() throws Exception {
    String base = "http://127.0.0.1:" + server.getPort();
    String options =
        ("{\"lookupUrl\":\"%1$s/people?phone={number}\","
                + "\"fields\":{\"results\":\"/data\",\"id\":\"/id\",\"name\":\"/name\"},"
                + "\"logUrl\":\"%1$s/calls\",\"logBody\":{\"/id\":\"key\"},"
                + "\"oauth\":{\"clientId\":\"switchboard\",\"authorizationEndpoint\":\"%1$s/oauth/authorize\","
                + "\"tokenEndpoint\":\"%1$s/oauth/token\",\"deviceAuthorizationEndpoint\":\"%1$s/oauth/device\","
                + "\"scopes\":[\"contacts.read\"],\"keyPrefix\":\"crm/test\"}}")
            .formatted(base);
    AgentConfig.Crm crm =
        new AgentConfig.Crm(
            "rest", dir, "DE", Duration.ofMillis(1500), "Agent", JSON.readTree(options));
    CustomerServices services = new AdapterCrmStarter(Clock.systemUTC(), () -> secrets).start(crm);
    try {
      CrmSignIn signIn = java.util.Objects.requireNonNull(services.signIn(), "a sign-in");

      CrmSignIn.Started started = signIn.start().toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertThat(started.prompt().code()).isEqualTo("WDJB-MJHT");
      assertThat(started.prompt().link().toString()).isEqualTo("https://crm.example.com/device");
      started.completion().toCompletableFuture().get(20, TimeUnit.SECONDS);
      assertThat(keychain).containsEntry("crm/test/access-token", "access-1");
      assertThat(keychain).containsEntry("crm/test/refresh-token", "refresh-1");

      BlockingQueue<CustomerCard> cards = new LinkedBlockingQueue<>();
      services.screenPop().lookup(new CallId("c1"), "+4930123456", cards::add);
      CustomerCard card = cards.poll(10, TimeUnit.SECONDS);
      while (card instanceof CustomerCard.Searching) {
        card = cards.poll(10, TimeUnit.SECONDS);
      }
      assertThat(card).isInstanceOf(CustomerCard.Matches.class);
      assertThat(crmAuthorizations.poll(5, TimeUnit.SECONDS)).isEqualTo("Bearer access-1");
    } finally {
      services.shutdown().run();
    }
  }

  @Test
  void aConnectorWithATokenHasNoSignIn() throws Exception {
    AgentConfig.Crm crm =
        new AgentConfig.Crm(
            "hubspot",
            dir,
            "DE",
            Duration.ofMillis(1500),
            "Agent",
            JSON.readTree("{\"portalId\":\"42\",\"tokenKey\":\"crm/hubspot/token\"}"));
    CustomerServices services = new AdapterCrmStarter(Clock.systemUTC(), () -> secrets).start(crm);
    try {
      assertThat(services.signIn()).isNull();
    } finally {
      services.shutdown().run();
    }
  }
}
