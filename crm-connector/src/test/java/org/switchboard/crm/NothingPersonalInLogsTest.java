package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Secret;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

/**
 * Runs a screen pop and a wrap-up through HubSpot with every CRM logger at DEBUG, through an outage
 * and a recovery, and reads what was logged: no phone number, customer name, note or token.
 */
class NothingPersonalInLogsTest {
  private static final String TOKEN = "pat-na1-0123456789-secret";
  private final MockWebServer hubspot = new MockWebServer();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;
  @TempDir Path dir;

  @BeforeEach
  void capture() throws Exception {
    hubspot.start(java.net.InetAddress.getLoopbackAddress(), 0);
    java.util.logging.Logger.getLogger("").getHandlers();
    originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() throws Exception {
    System.setErr(originalErr);
    hubspot.shutdown();
  }

  @Test
  void screenPopAndOutboxLogNeitherNumbersNorNamesNorNotesNorTokens() throws Exception {
    CrmConnector crm =
        HubSpotCrm.create(
            new HubSpotSettings(
                hubspot.url("/").uri(),
                URI.create("https://app.hubspot.com"),
                "4242",
                new CrmAuth.None(),
                "switchboard_call_key",
                Map.of()),
            Credentials.bearer(Secret.of(TOKEN)),
            new CrmHttp(
                new OkHttpClient(), HttpPolicy.defaults(), new ObjectMapper(), Clock.systemUTC()));
    hubspot.enqueue(new MockResponse().setResponseCode(503));
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/search-one.json"));
    hubspot.enqueue(new MockResponse().setResponseCode(500));
    hubspot.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    hubspot.enqueue(Fixtures.json("/org/switchboard/crm/hubspot/calls-upsert.json"));
    hubspot.enqueue(new MockResponse().setBody("{}"));

    BlockingQueue<CustomerCard> cards = new LinkedBlockingQueue<>();
    LookupSettings quick =
        new LookupSettings(
            Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(100), 1, 10);
    try (ScreenPopService screenPop =
        ScreenPopService.start(crm.directory(), "DE", quick, Clock.systemUTC())) {
      screenPop.lookup(new CallId("c1"), "sip:+49301234567@127.0.0.1", cards::add);
      CustomerCard card;
      do {
        card = cards.poll(10, TimeUnit.SECONDS);
      } while (card != null && !(card instanceof CustomerCard.Matches));
      assertThat(card).isInstanceOf(CustomerCard.Matches.class);
    }
    DurableOutbox outbox =
        DurableOutbox.openWithoutDeliveryThread(
            dir, crm.callLog(), Clock.systemUTC(), new Random(1));
    outbox.log(
        new CallRecord(
            "c1",
            CallDirection.INBOUND,
            "+49301234567",
            "1020",
            Instant.now(),
            Duration.ofSeconds(30),
            null,
            "resolved",
            "Anna Schmidt wants her refund",
            List.of(),
            null,
            "Agent Smith",
            new CustomerId("hubspot", "512")));
    outbox.deliverDue();
    outbox.retryNow("c1");
    outbox.deliverDue();
    outbox.retryNow("c1");
    outbox.deliverDue();
    assertThat(outbox.undelivered()).isEmpty();

    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).contains("503"); // the logs did capture the outage
    assertThat(logs)
        .doesNotContain("+49301234567")
        .doesNotContain("49301234567")
        .doesNotContain("Anna")
        .doesNotContain("Schmidt")
        .doesNotContain("refund")
        .doesNotContain(TOKEN)
        .doesNotContain("nordwind");
  }
}
