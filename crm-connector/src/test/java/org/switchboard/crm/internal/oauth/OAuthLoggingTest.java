package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.error;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.form;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.json;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.tokens;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.crm.OAuthSignIn.PageText;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

/**
 * Runs every OAuth path with the logs at DEBUG (see simplelogger.properties) and reads what they
 * printed: nothing may show a token, a device or user code, an authorisation code, a state or a
 * PKCE verifier.
 */
class OAuthLoggingTest {
  private AuthorizationServerFixture fixture;
  private final MockWebServer crm = new MockWebServer();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final List<String> secrets = new ArrayList<>();
  private PrintStream originalErr;

  @BeforeEach
  void captureLogs() throws Exception {
    fixture = new AuthorizationServerFixture();
    crm.start();
    // Make JUL (MockWebServer's logger) pick its console stream before the swap.
    java.util.logging.Logger.getLogger("").getHandlers();
    originalErr = System.err;
    // slf4j-simple looks System.err up on every line, so the swap catches all our loggers.
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() throws Exception {
    System.setErr(originalErr);
    crm.shutdown();
    fixture.close();
  }

  @Test
  void noTokenCodeStateOrVerifierReachesTheLog() throws Exception {
    deviceSignIn();
    browserSignIn();
    refreshesAndRevocation();

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log)
        .as("the paths did log")
        .contains(
            "device sign-in started",
            "device sign-in with",
            "sign-in redirect received",
            "browser sign-in with",
            "refreshed",
            "must sign in again",
            "POST ");
    assertThat(secrets).hasSizeGreaterThan(10);
    for (String secret : secrets) {
      assertThat(log).doesNotContain(secret);
    }
  }

  private void deviceSignIn() throws Exception {
    fixture.server.enqueue(
        json(
            200,
            "{\"device_code\":\"DEVICE-CODE-SECRET\",\"user_code\":\"USER-CODE-77\","
                + "\"verification_uri\":\"https://example.com/device\",\"expires_in\":900}"));
    fixture.server.enqueue(error("authorization_pending"));
    fixture.server.enqueue(error("slow_down"));
    fixture.server.enqueue(tokens("ACCESS-FROM-DEVICE", "REFRESH-FROM-DEVICE", 3600));
    secrets.addAll(
        List.of("DEVICE-CODE-SECRET", "USER-CODE-77", "ACCESS-FROM-DEVICE", "REFRESH-FROM-DEVICE"));

    DeviceFlow flow = new DeviceFlow(fixture.authorizationServer, fixture.sleeper);
    flow.await(flow.start(), () -> false);
    for (int i = 0; i < 4; i++) {
      fixture.take();
    }
  }

  private void browserSignIn() throws Exception {
    fixture.server.enqueue(tokens("ACCESS-FROM-BROWSER", "REFRESH-FROM-BROWSER", 3600));
    ExecutorService exchanges = Executors.newSingleThreadExecutor();
    try {
      AuthorizationCodeFlow.Attempt attempt =
          new AuthorizationCodeFlow(fixture.authorizationServer, new SecureRandom(), exchanges)
              .start(PageText.english(), Duration.ofSeconds(20));
      HttpUrl url = HttpUrl.get(attempt.authorizationUrl());
      String state = url.queryParameter("state");
      Browser.arrive(
          URI.create(url.queryParameter("redirect_uri")), "code=AUTH-CODE-SECRET&state=" + state);
      attempt.tokens().get(10, TimeUnit.SECONDS);
      String verifier = form(fixture.take()).queryParameter("code_verifier");
      secrets.addAll(
          List.of(
              "AUTH-CODE-SECRET",
              state,
              verifier,
              url.queryParameter("code_challenge"),
              "ACCESS-FROM-BROWSER",
              "REFRESH-FROM-BROWSER"));
    } finally {
      exchanges.shutdownNow();
    }
  }

  private void refreshesAndRevocation() throws Exception {
    fixture.vault.save(
        new TokenSet(Secret.of("ACCESS-OLD"), Secret.of("REFRESH-OLD"), java.time.Instant.now()));
    fixture.server.enqueue(tokens("ACCESS-ROTATED", "REFRESH-ROTATED", 3600));
    fixture.server.enqueue(error("invalid_grant"));
    crm.enqueue(json(200, "{}"));
    crm.enqueue(new MockResponse().setResponseCode(401));
    secrets.addAll(List.of("ACCESS-OLD", "REFRESH-OLD", "ACCESS-ROTATED", "REFRESH-ROTATED"));

    // Production wiring (system clock): the stored token is due, so the first call refreshes.
    CrmHttp http = CrmHttp.create(HttpPolicy.defaults());
    var credentials =
        org.switchboard.crm.internal.http.CredentialsFactory.from(
            fixture.provider, fixture.secrets, http);
    http.get(crm.url("/contacts?phone=%2B4930123"), credentials);
    // The CRM rejects the rotated token and the provider has revoked the sign-in.
    assertThatThrownBy(() -> http.get(crm.url("/contacts"), credentials))
        .hasMessageContaining("sign in again");
  }
}
