package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.crm.GenericRestSettings.Fields;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

/**
 * The generic REST connector's paths may carry a caller's number, a searched name or a call key as
 * plain words; its log lines show the configured template instead.
 */
class GenericRestLoggingTest {
  private final MockWebServer crm = new MockWebServer();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void capture() throws Exception {
    crm.start(java.net.InetAddress.getLoopbackAddress(), 0);
    java.util.logging.Logger.getLogger("").getHandlers();
    originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() throws Exception {
    System.setErr(originalErr);
    crm.shutdown();
  }

  @Test
  void logLinesShowTheTemplateNotTheNameNumberOrKey() throws Exception {
    String base = "http://127.0.0.1:" + crm.getPort();
    GenericRestSettings settings =
        new GenericRestSettings(
            base + "/people/by-phone/{number}",
            new Fields("/data", "/id", "/name", null, null, null, null, null, null),
            base + "/people/by-name/{text}",
            base + "/calls/{key}",
            "PUT",
            Map.of("/notes", "notes"),
            null,
            Map.of(),
            null,
            new CrmAuth.None());
    CrmConnector rest =
        GenericRestCrm.create(
            settings,
            Credentials.none(),
            new CrmHttp(
                new OkHttpClient(), HttpPolicy.defaults(), new ObjectMapper(), Clock.systemUTC()));
    for (int i = 0; i < 2; i++) {
      crm.enqueue(new MockResponse().setBody("{\"data\":[]}"));
    }
    crm.enqueue(new MockResponse().setResponseCode(204));

    rest.directory().findByPhone(new PhoneNumber("+49301234567"));
    rest.directory().searchByName("Schmidt", 5);
    rest.callLog()
        .write(
            new CallRecord(
                "Mueller-call",
                CallDirection.INBOUND,
                "+49301234567",
                "1020",
                Instant.now(),
                Duration.ofSeconds(5),
                null,
                null,
                "",
                List.of(),
                null,
                "Agent",
                null));

    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs)
        .contains("/people/by-phone/{number}")
        .contains("/people/by-name/{text}")
        .contains("/calls/{key}")
        .doesNotContain("Schmidt")
        .doesNotContain("Mueller")
        .doesNotContain("49301234567");
  }
}
