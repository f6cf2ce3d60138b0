package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.error;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.json;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.core.customer.DirectoryException.Kind;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CredentialsFactory;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;
import org.switchboard.crm.internal.http.JsonResponse;

/**
 * A CRM (one MockWebServer) rejecting an access token, and the provider's OAuth server (another)
 * renewing it, wired as production wires them: {@link CredentialsFactory} and {@link CrmHttp}.
 */
class OAuthOverCrmHttpTest {
  private AuthorizationServerFixture oauth;
  private final MockWebServer crm = new MockWebServer();
  private CrmHttp http;
  private Credentials credentials;

  @BeforeEach
  void start() throws Exception {
    oauth = new AuthorizationServerFixture();
    crm.start();
    http = CrmHttp.create(HttpPolicy.defaults());
    // CredentialsFactory runs on the system clock: store an expiry far from now.
    oauth.vault.save(
        new TokenSet(
            Secret.of("access-1"),
            Secret.of("refresh-1"),
            Instant.now().plus(Duration.ofHours(1))));
    credentials = CredentialsFactory.from(oauth.provider, oauth.secrets, http);
  }

  @AfterEach
  void stop() throws Exception {
    crm.shutdown();
    oauth.close();
  }

  private RecordedRequest crmRequest() throws InterruptedException {
    RecordedRequest request = crm.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  @Test
  void rejectedAccessTokenIsRefreshedAndTheRequestRepeated() throws Exception {
    crm.enqueue(new MockResponse().setResponseCode(401));
    crm.enqueue(json(200, "{\"results\":[]}"));
    oauth.server.enqueue(tokens("access-2", "refresh-2", 3600));

    JsonResponse response = http.get(crm.url("/crm/v3/objects/contacts"), credentials);

    assertThat(response.status()).isEqualTo(200);
    assertThat(crmRequest().getHeader("Authorization")).isEqualTo("Bearer access-1");
    assertThat(crmRequest().getHeader("Authorization")).isEqualTo("Bearer access-2");
    assertThat(oauth.server.getRequestCount()).isEqualTo(1);
    assertThat(oauth.secrets.text("crm/test/refresh-token")).isEqualTo("refresh-2");
    assertThat(oauth.secrets.text("crm/test/access-token")).isEqualTo("access-2");
  }

  @Test
  void tokenRejectedAgainAfterRefreshStaysRejected() throws Exception {
    crm.enqueue(new MockResponse().setResponseCode(401));
    crm.enqueue(new MockResponse().setResponseCode(401));
    oauth.server.enqueue(tokens("access-2", null, 3600));

    assertThatThrownBy(() -> http.get(crm.url("/contacts"), credentials))
        .isInstanceOfSatisfying(CrmCallFailure.class, f -> assertThat(f.status()).isEqualTo(401));
    assertThat(crm.getRequestCount()).isEqualTo(2);
    assertThat(oauth.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void revokedSignInSurfacesAsRejectedWithTheSettingToFix() throws Exception {
    crm.enqueue(new MockResponse().setResponseCode(401));
    oauth.server.enqueue(error("invalid_grant"));

    assertThatThrownBy(() -> http.get(crm.url("/contacts"), credentials))
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("sign in again under Settings › CRM (account 'crm/test')");
    assertThat(crm.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unreachableOAuthServerMakesTheLookupUnavailable() throws Exception {
    crm.enqueue(new MockResponse().setResponseCode(401));
    oauth.server.enqueue(new MockResponse().setResponseCode(502));

    assertThatThrownBy(() -> http.get(crm.url("/contacts"), credentials))
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.UNAVAILABLE));
  }
}
