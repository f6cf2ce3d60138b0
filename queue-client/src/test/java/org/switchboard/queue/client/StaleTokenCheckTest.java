package org.switchboard.queue.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.SessionView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRole;
import org.switchboard.queue.protocol.WireRoutingState;

/** The token is checked only after the connection failed twice in a row; a 401 signs in again. */
@Timeout(20)
class StaleTokenCheckTest {
  private final MockWebServer service = new MockWebServer();
  private final AtomicInteger signIns = new AtomicInteger();

  @SuppressWarnings("NullAway.Init")
  private StaleTokenCheck check;

  @BeforeEach
  void start() throws Exception {
    service.start(java.net.InetAddress.getLoopbackAddress(), 0);
    service.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(
                ProtocolJson.mapper()
                    .writeValueAsString(
                        new SessionView(
                            "t-1", "ann", WireRole.AGENT, Fixtures.T0.plusSeconds(3600)))));
    QueueClient client = new QueueClient(service.url("/"), new OkHttpClient(), 0);
    client.signIn("ann", "pw");
    Objects.requireNonNull(service.takeRequest(5, TimeUnit.SECONDS));
    check = new StaleTokenCheck(client, "ann", Runnable::run, signIns::incrementAndGet);
  }

  @AfterEach
  void stop() throws Exception {
    service.shutdown();
  }

  @Test
  void aTokenTheServiceForgotIsRenewedAfterTwoFailedAttempts() throws Exception {
    service.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setHeader("Content-Type", "application/problem+json")
            .setBody("{\"title\":\"unauthorized\",\"status\":401,\"detail\":\"unknown token\"}"));

    check.onConnection(false);
    assertThat(service.getRequestCount()).as("one drop is no reason to ask").isEqualTo(1);
    check.onConnection(false);

    assertThat(Objects.requireNonNull(service.takeRequest(5, TimeUnit.SECONDS)).getPath())
        .isEqualTo("/api/v1/agents/ann");
    assertThat(signIns).hasValue(1);
  }

  @Test
  void aConnectionThatCameBackStartsTheCountAgainAndAKnownTokenIsKept() throws Exception {
    service.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(
                ProtocolJson.mapper()
                    .writeValueAsString(
                        Fixtures.agent(
                            "ann", WirePresence.READY, null, WireRoutingState.IDLE, null, 1))));

    check.onConnection(false);
    check.onConnection(true);
    check.onConnection(false);
    assertThat(service.getRequestCount()).isEqualTo(1);
    check.onConnection(false);

    assertThat(Objects.requireNonNull(service.takeRequest(5, TimeUnit.SECONDS)).getPath())
        .isEqualTo("/api/v1/agents/ann");
    assertThat(signIns).hasValue(0);
  }
}
