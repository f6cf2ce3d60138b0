package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.form;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.json;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.reveal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.customer.DirectoryException.Kind;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.internal.http.CrmCallFailure;

/** Token endpoint answers read as RFC 6749 §5.1 and §5.2 describe them, within HTTP bounds. */
class AuthorizationServerTest {
  private static final Map<String, String> REFRESH =
      Map.of("grant_type", "refresh_token", "refresh_token", "tGzv3JOkF0XG5Qx2TlKWIA");

  private AuthorizationServerFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = new AuthorizationServerFixture();
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private TokenReply request() throws CrmCallFailure {
    return fixture.authorizationServer.requestToken(REFRESH);
  }

  @Test
  void successfulAnswerYieldsTokensAndAnExpiryFromTheClock() throws Exception {
    fixture.server.enqueue(
        json(
            200,
            "{\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\"token_type\":\"example-is-Bearer\"}"
                .replace("example-is-Bearer", "bearer")
                .replace(
                    "}", ",\"expires_in\":3600,\"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"}")));

    TokenReply reply = request();

    assertThat(reply).isInstanceOf(TokenReply.Granted.class);
    TokenSet tokens = ((TokenReply.Granted) reply).tokens();
    assertThat(reveal(tokens.accessToken())).isEqualTo("2YotnFZFEjr1zCsicMWpAA");
    assertThat(reveal(tokens.refreshToken())).isEqualTo("tGzv3JOkF0XG5Qx2TlKWIA");
    assertThat(tokens.expiresAt()).isEqualTo(AuthorizationServerFixture.START.plusSeconds(3600));
    HttpUrl sent = form(fixture.take());
    assertThat(sent.queryParameter("grant_type")).isEqualTo("refresh_token");
    assertThat(sent.queryParameter("client_id")).isEqualTo("switchboard-desktop");
    assertThat(sent.queryParameter("client_secret")).isNull();
  }

  @Test
  void expiryAsTextAndMissingRefreshTokenAreAccepted() throws Exception {
    fixture.server.enqueue(
        json(200, "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":\"3599\"}"));

    TokenSet tokens = ((TokenReply.Granted) request()).tokens();

    assertThat(tokens.refreshToken()).isNull();
    assertThat(tokens.expiresAt()).isEqualTo(AuthorizationServerFixture.START.plusSeconds(3599));
  }

  @Test
  void answerWithoutExpiryHasNoExpiry() throws Exception {
    fixture.server.enqueue(json(200, "{\"access_token\":\"a\",\"token_type\":\"Bearer\"}"));

    assertThat(((TokenReply.Granted) request()).tokens().expiresAt()).isNull();
  }

  @Test
  void answerWithoutTokenTypeOrWithAnotherTypeIsMalformed() {
    fixture.server.enqueue(json(200, "{\"access_token\":\"a\"}"));
    fixture.server.enqueue(json(200, "{\"access_token\":\"a\",\"token_type\":\"mac\"}"));

    assertThatThrownBy(this::request)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.MALFORMED));
    assertThatThrownBy(this::request)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.MALFORMED))
        .hasMessageContaining("Bearer");
  }

  @Test
  void successThatIsNotJsonIsMalformed() {
    fixture.server.enqueue(new MockResponse().setBody("<html>login</html>"));

    assertThatThrownBy(this::request)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.MALFORMED));
  }

  @Test
  void errorAnswersYieldTheirCodeButNotTheirDescription() throws Exception {
    fixture.server.enqueue(
        json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"token tGzv3 revoked\"}"));
    fixture.server.enqueue(json(401, "{\"error\":\"invalid_client\"}"));

    assertThat(request()).isEqualTo(new TokenReply.Refused("invalid_grant"));
    assertThat(request()).isEqualTo(new TokenReply.Refused("invalid_client"));
  }

  @Test
  void unprintableErrorCodeIsNotPassedOn() throws Exception {
    fixture.server.enqueue(json(400, "{\"error\":\"bad\\u0007\\\"code\"}"));

    assertThat(request()).isEqualTo(new TokenReply.Refused("unreadable_error"));
  }

  @Test
  void clientErrorWithoutErrorCodeIsRejected() {
    fixture.server.enqueue(new MockResponse().setResponseCode(400).setBody("Bad Request"));

    assertThatThrownBy(this::request)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("400");
  }

  @Test
  void serverErrorsRateLimitsAndResetsAreUnavailable() {
    fixture.server.enqueue(new MockResponse().setResponseCode(503));
    fixture.server.enqueue(new MockResponse().setResponseCode(429));
    fixture.server.enqueue(
        new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    for (String cause : List.of("503", "429", "unreachable")) {
      assertThatThrownBy(this::request)
          .isInstanceOfSatisfying(
              CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.UNAVAILABLE))
          .hasMessageContaining(cause);
    }
  }

  @Test
  void oversizedAnswerIsRefused() {
    fixture.server.enqueue(
        json(200, "{\"access_token\":\"" + "a".repeat(70_000) + "\",\"token_type\":\"Bearer\"}"));

    assertThatThrownBy(this::request)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.MALFORMED))
        .hasMessageContaining("larger than");
  }

  @Test
  void redirectsAreNotFollowed() {
    fixture.server.enqueue(
        new MockResponse()
            .setResponseCode(307)
            .setHeader("Location", "https://elsewhere.example/token"));

    assertThatThrownBy(this::request)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("redirected");
    assertThat(fixture.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void plainHttpTokenEndpointElsewhereIsRefusedBeforeAnythingIsSent() {
    CrmAuth.OAuth insecure =
        new CrmAuth.OAuth(
            "switchboard-desktop",
            fixture.url("/authorize"),
            URI.create("http://crm.example.com/token"),
            null,
            List.of(),
            AuthorizationServerFixture.PREFIX);

    assertThatThrownBy(() -> fixture.serverFor(insecure).requestToken(REFRESH))
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("https");
  }

  @Test
  void clientSecretFromTheKeychainIsSentWhenTheProviderDemandsOne() throws Exception {
    try (AuthorizationServerFixture confidential =
        new AuthorizationServerFixture("crm/test/client-secret")) {
      confidential.secrets.putText("crm/test/client-secret", "s3cr3t");
      confidential.server.enqueue(json(200, "{\"access_token\":\"a\",\"token_type\":\"Bearer\"}"));

      confidential.authorizationServer.requestToken(REFRESH);

      HttpUrl sent = form(confidential.take());
      assertThat(sent.queryParameter("client_id")).isEqualTo("switchboard-desktop");
      assertThat(sent.queryParameter("client_secret")).isEqualTo("s3cr3t");
    }
  }

  @Test
  void missingClientSecretIsRejectedNamingTheKeychainKey() throws Exception {
    try (AuthorizationServerFixture confidential =
        new AuthorizationServerFixture("crm/test/client-secret")) {
      assertThatThrownBy(() -> confidential.authorizationServer.requestToken(REFRESH))
          .isInstanceOfSatisfying(
              CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
          .hasMessageContaining("crm/test/client-secret");
      assertThat(confidential.server.getRequestCount()).isZero();
    }
  }
}
