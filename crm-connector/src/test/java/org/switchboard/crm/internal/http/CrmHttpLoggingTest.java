package org.switchboard.crm.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;

/**
 * Sends requests whose query, path, headers and bodies carry a phone number, a name and a token,
 * with CrmHttp's logger at DEBUG (see simplelogger.properties), and reads what it printed.
 */
class CrmHttpLoggingTest {
  private static final String TOKEN = "pat-na1-0123456789-secret";
  private static final String NUMBER = "+493012345678";

  private final MockWebServer crm = new MockWebServer();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private CrmHttp http;

  @BeforeEach
  void capture() throws Exception {
    crm.start(InetAddress.getLoopbackAddress(), 0);
    http =
        new CrmHttp(
            new OkHttpClient(), HttpPolicy.defaults(), new ObjectMapper(), Clock.systemUTC());
    // Make JUL (MockWebServer's logger) pick its console stream before the swap.
    java.util.logging.Logger.getLogger("").getHandlers();
    originalErr = System.err;
    // slf4j-simple looks System.err up on every line, so the swap catches CrmHttp's lines.
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() throws Exception {
    System.setErr(originalErr);
    crm.shutdown();
  }

  @Test
  void logsShowMethodHostPathAndStatusButNoQueryDataTokenOrBody() throws Exception {
    Credentials renewing =
        new Credentials() {
          @Override
          public void apply(Request.Builder request) {
            request.header("Authorization", "Bearer " + TOKEN);
          }

          @Override
          public boolean renewAfterRejection() {
            return true;
          }
        };
    crm.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/v2/people?x=1"));
    crm.enqueue(new MockResponse().setResponseCode(401));
    crm.enqueue(
        new MockResponse().setBody("{\"name\":\"Anna Schmidt\",\"phone\":\"" + NUMBER + "\"}"));
    crm.enqueue(new MockResponse().setResponseCode(503));
    crm.enqueue(new MockResponse().setResponseCode(404));
    HttpUrl search =
        crm.url("/api/v1/people").newBuilder().addQueryParameter("phone", NUMBER).build();
    HttpUrl byPhone =
        crm.url("/").newBuilder().addPathSegments("api/by-phone").addPathSegment(NUMBER).build();

    http.get(search, renewing);
    assertThat(catchThrowable(() -> http.get(byPhone, Credentials.bearer(Secret.of(TOKEN)))))
        .isInstanceOf(CrmCallFailure.class);
    http.send(
        "PUT",
        crm.url("/services/data/v60.0/sobjects/Task/Switchboard_Call_Key__c/call-7"),
        new ObjectMapper().readTree("{\"Description\":\"Anna Schmidt called\"}"),
        Credentials.bearer(Secret.of(TOKEN)));

    String log = captured.toString(StandardCharsets.UTF_8);
    String host = crm.getHostName();
    assertThat(log)
        .contains(
            "GET " + host + "/api/v1/people -> 302",
            "GET " + host + "/v2/people -> 401",
            "GET " + host + "/v2/people -> 200",
            "GET " + host + "/api/by-phone/• -> 503",
            "PUT " + host + "/services/data/v60.0/sobjects/Task/Switchboard_Call_Key__c/• -> 404");
    assertThat(log)
        .doesNotContain(TOKEN, "Bearer", NUMBER, "493012345678", "%2B49", "phone=", "?", "x=1")
        .doesNotContain("Anna", "Schmidt", "call-7", "Description");
  }

  @Test
  void onlyWordsAndVersionsOfAPathAreShown() {
    assertThat(LoggedPath.of(HttpUrl.get("https://api.hubapi.com/crm/v3/objects/contacts/512")))
        .isEqualTo("/crm/v3/objects/contacts/•");
    assertThat(LoggedPath.of(HttpUrl.get("https://crm.example/api/people/anna.schmidt@x.example")))
        .isEqualTo("/api/people/•");
    assertThat(LoggedPath.of(HttpUrl.get("https://crm.example/api/people/%D8%B9%D9%84%DB%8C/")))
        .isEqualTo("/api/people/•/");
    assertThat(LoggedPath.of(HttpUrl.get("https://crm.example/search/"))).isEqualTo("/search/");
  }
}
