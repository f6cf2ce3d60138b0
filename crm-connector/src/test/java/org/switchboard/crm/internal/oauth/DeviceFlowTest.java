package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.error;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.form;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.json;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.reveal;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.tokens;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.OAuthSignIn.Failure;
import org.switchboard.crm.OAuthSignIn.Reason;

class DeviceFlowTest {
  private AuthorizationServerFixture fixture;
  private DeviceFlow flow;

  @BeforeEach
  void start() throws Exception {
    fixture = new AuthorizationServerFixture();
    flow = new DeviceFlow(fixture.authorizationServer, fixture.sleeper);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  /** A device authorisation response shaped as RFC 8628 §3.2 shows it. */
  private MockResponse deviceCode(long expiresIn, long interval) {
    return json(
        200,
        "{\"device_code\":\"GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS\","
            + "\"user_code\":\"WDJB-MJHT\","
            + "\"verification_uri\":\"https://example.com/device\","
            + "\"verification_uri_complete\":\"https://example.com/device?user_code=WDJB-MJHT\","
            + "\"expires_in\":"
            + expiresIn
            + ",\"interval\":"
            + interval
            + "}");
  }

  @Test
  void approvedDeviceSignInYieldsTokens() throws Exception {
    fixture.server.enqueue(deviceCode(1800, 5));
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));

    DeviceAuthorization authorization = flow.start();
    TokenSet tokens = flow.await(authorization, () -> false);

    assertThat(authorization.userCode()).isEqualTo("WDJB-MJHT");
    assertThat(authorization.verificationUri()).isEqualTo(URI.create("https://example.com/device"));
    assertThat(authorization.verificationUriComplete())
        .isEqualTo(URI.create("https://example.com/device?user_code=WDJB-MJHT"));
    assertThat(authorization.expiresAt())
        .isEqualTo(AuthorizationServerFixture.START.plusSeconds(1800));
    assertThat(reveal(tokens.accessToken())).isEqualTo("access-1");
    assertThat(reveal(tokens.refreshToken())).isEqualTo("refresh-1");
    assertThat(tokens.expiresAt())
        .isEqualTo(AuthorizationServerFixture.START.plusSeconds(5 + 3600));

    RecordedRequest device = fixture.take();
    assertThat(device.getMethod()).isEqualTo("POST");
    assertThat(device.getPath()).isEqualTo("/device");
    assertThat(device.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    HttpUrl deviceForm = form(device);
    assertThat(deviceForm.queryParameter("client_id")).isEqualTo("switchboard-desktop");
    assertThat(deviceForm.queryParameter("scope")).isEqualTo("contacts.read calls.write");

    RecordedRequest poll = fixture.take();
    assertThat(poll.getPath()).isEqualTo("/token");
    HttpUrl pollForm = form(poll);
    assertThat(pollForm.queryParameter("grant_type"))
        .isEqualTo("urn:ietf:params:oauth:grant-type:device_code");
    assertThat(pollForm.queryParameter("device_code"))
        .isEqualTo("GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS");
    assertThat(pollForm.queryParameter("client_id")).isEqualTo("switchboard-desktop");
    assertThat(fixture.sleeper.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void pendingThenSlowDownStretchesTheIntervalByFiveSeconds() throws Exception {
    fixture.server.enqueue(deviceCode(1800, 5));
    fixture.server.enqueue(error("authorization_pending"));
    fixture.server.enqueue(error("slow_down"));
    fixture.server.enqueue(error("authorization_pending"));
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));

    TokenSet tokens = flow.await(flow.start(), () -> false);

    assertThat(reveal(tokens.accessToken())).isEqualTo("access-1");
    assertThat(fixture.sleeper.waits())
        .containsExactly(
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10));
    assertThat(fixture.server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void missingIntervalMeansFiveSeconds() throws Exception {
    fixture.server.enqueue(
        json(
            200,
            "{\"device_code\":\"dc\",\"user_code\":\"ABCD-EFGH\","
                + "\"verification_uri\":\"https://example.com/device\",\"expires_in\":600}"));
    fixture.server.enqueue(tokens("access-1", null, 3600));

    DeviceAuthorization authorization = flow.start();
    flow.await(authorization, () -> false);

    assertThat(authorization.verificationUriComplete()).isNull();
    assertThat(fixture.sleeper.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void declinedSignInFailsAsDenied() throws Exception {
    fixture.server.enqueue(deviceCode(1800, 5));
    fixture.server.enqueue(error("authorization_pending"));
    fixture.server.enqueue(error("access_denied"));

    DeviceAuthorization authorization = flow.start();

    assertThatThrownBy(() -> flow.await(authorization, () -> false))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.DENIED))
        .hasMessageContaining("declined");
  }

  @Test
  void expiredTokenAnswerFailsAsExpired() throws Exception {
    fixture.server.enqueue(deviceCode(1800, 5));
    fixture.server.enqueue(error("expired_token"));

    DeviceAuthorization authorization = flow.start();

    assertThatThrownBy(() -> flow.await(authorization, () -> false))
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.EXPIRED));
  }

  @Test
  void pollingStopsWhenTheCodeExpiresEvenIfTheServerKeepsSayingPending() throws Exception {
    fixture.server.enqueue(deviceCode(12, 5));
    fixture.server.enqueue(error("authorization_pending"));
    fixture.server.enqueue(error("authorization_pending"));
    fixture.server.enqueue(error("authorization_pending"));

    DeviceAuthorization authorization = flow.start();

    assertThatThrownBy(() -> flow.await(authorization, () -> false))
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.EXPIRED));
    // Polls at +5 s and +10 s; at +15 s the 12 s code is dead and no third poll is sent.
    assertThat(fixture.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void overloadedTokenEndpointSlowsPollingInsteadOfFailing() throws Exception {
    fixture.server.enqueue(deviceCode(1800, 5));
    fixture.server.enqueue(new MockResponse().setResponseCode(503));
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));

    TokenSet tokens = flow.await(flow.start(), () -> false);

    assertThat(reveal(tokens.accessToken())).isEqualTo("access-1");
    assertThat(fixture.sleeper.waits())
        .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  @Test
  void otherErrorsEndTheSignInWithTheirCode() throws Exception {
    fixture.server.enqueue(deviceCode(1800, 5));
    fixture.server.enqueue(json(401, "{\"error\":\"invalid_client\"}"));

    DeviceAuthorization authorization = flow.start();

    assertThatThrownBy(() -> flow.await(authorization, () -> false))
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED))
        .hasMessageContaining("invalid_client")
        .hasMessageContaining(fixture.server.getHostName());
  }

  @Test
  void cancellingStopsPolling() throws Exception {
    fixture.server.enqueue(deviceCode(1800, 5));
    fixture.server.enqueue(error("authorization_pending"));
    DeviceAuthorization authorization = flow.start();
    int[] checks = {0};

    assertThatThrownBy(() -> flow.await(authorization, () -> ++checks[0] > 2))
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.CANCELLED));
    assertThat(fixture.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void refusedDeviceRequestNamesTheErrorCode() {
    fixture.server.enqueue(error("invalid_scope"));

    assertThatThrownBy(flow::start)
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED))
        .hasMessageContaining("invalid_scope");
  }

  @Test
  void incompleteDeviceAnswerIsRefused() {
    fixture.server.enqueue(json(200, "{\"device_code\":\"dc\",\"expires_in\":600}"));

    assertThatThrownBy(flow::start)
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED))
        .hasMessageContaining("incomplete");
  }

  @Test
  void nonHttpsVerificationLinkIsRefused() {
    fixture.server.enqueue(
        json(
            200,
            "{\"device_code\":\"dc\",\"user_code\":\"ABCD\","
                + "\"verification_uri\":\"javascript:alert(1)\",\"expires_in\":600}"));

    assertThatThrownBy(flow::start)
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));
  }

  @Test
  void providerWithoutDeviceEndpointIsNotSupported() {
    CrmAuth.OAuth browserOnly =
        new CrmAuth.OAuth(
            "switchboard-desktop",
            fixture.url("/authorize"),
            fixture.url("/token"),
            null,
            List.of(),
            AuthorizationServerFixture.PREFIX);
    DeviceFlow browserOnlyFlow = new DeviceFlow(fixture.serverFor(browserOnly), fixture.sleeper);

    assertThatThrownBy(browserOnlyFlow::start)
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.NOT_SUPPORTED));
    assertThat(fixture.server.getRequestCount()).isZero();
  }
}
