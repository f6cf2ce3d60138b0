package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.START;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.error;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.form;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;
import org.switchboard.core.customer.DirectoryException.Kind;
import org.switchboard.crm.internal.http.CrmCallFailure;

class OAuthCredentialsTest {
  private static final String ACCESS_KEY = "crm/test/access-token";
  private static final String REFRESH_KEY = "crm/test/refresh-token";
  private static final String EXPIRY_KEY = "crm/test/access-token-expiry";

  private AuthorizationServerFixture fixture;
  private OAuthCredentials credentials;

  @BeforeEach
  void start() throws Exception {
    fixture = new AuthorizationServerFixture();
    credentials = new OAuthCredentials(fixture.authorizationServer, fixture.vault);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private void signedIn(String access, @Nullable String refresh, @Nullable Instant expiresAt)
      throws Exception {
    fixture.vault.save(
        new TokenSet(Secret.of(access), refresh == null ? null : Secret.of(refresh), expiresAt));
  }

  private String authorization() throws CrmCallFailure {
    Request.Builder request = new Request.Builder().url("https://crm.example.com/contacts");
    credentials.apply(request);
    return request.build().header("Authorization");
  }

  @Test
  void validStoredTokenIsSentWithoutAskingTheProvider() throws Exception {
    signedIn("access-1", "refresh-1", START.plus(Duration.ofHours(1)));

    assertThat(authorization()).isEqualTo("Bearer access-1");
    assertThat(authorization()).isEqualTo("Bearer access-1");
    assertThat(fixture.server.getRequestCount()).isZero();
  }

  @Test
  void tokenIsRefreshedShortlyBeforeItExpires() throws Exception {
    signedIn("access-1", "refresh-1", START.plus(Duration.ofHours(1)));
    fixture.server.enqueue(tokens("access-2", null, 3600));
    assertThat(authorization()).isEqualTo("Bearer access-1");

    fixture.clock.advance(Duration.ofMinutes(59).plusSeconds(30));

    assertThat(authorization()).isEqualTo("Bearer access-2");
    HttpUrl sent = form(fixture.take());
    assertThat(sent.queryParameter("grant_type")).isEqualTo("refresh_token");
    assertThat(sent.queryParameter("refresh_token")).isEqualTo("refresh-1");
    assertThat(sent.queryParameter("client_id")).isEqualTo("switchboard-desktop");
    assertThat(fixture.secrets.text(ACCESS_KEY)).isEqualTo("access-2");
    assertThat(fixture.secrets.text(REFRESH_KEY)).as("not rotated: kept").isEqualTo("refresh-1");
    Instant expected = START.plus(Duration.ofMinutes(59).plusSeconds(30)).plusSeconds(3600);
    assertThat(fixture.secrets.text(EXPIRY_KEY))
        .isEqualTo(Long.toString(expected.getEpochSecond()));
  }

  @Test
  void rotatedRefreshTokenIsSaved() throws Exception {
    signedIn("access-1", "refresh-1", START.minusSeconds(1));
    fixture.server.enqueue(tokens("access-2", "refresh-2", 3600));
    fixture.server.enqueue(tokens("access-3", "refresh-3", 3600));

    assertThat(authorization()).isEqualTo("Bearer access-2");
    assertThat(fixture.secrets.text(REFRESH_KEY)).isEqualTo("refresh-2");

    fixture.clock.advance(Duration.ofHours(2));
    assertThat(authorization()).isEqualTo("Bearer access-3");
    fixture.take();
    assertThat(form(fixture.take()).queryParameter("refresh_token")).isEqualTo("refresh-2");
    assertThat(fixture.secrets.text(REFRESH_KEY)).isEqualTo("refresh-3");
  }

  @Test
  void rejectedTokenIsRefreshedOnce() throws Exception {
    signedIn("access-1", "refresh-1", null);
    fixture.server.enqueue(tokens("access-2", null, 3600));
    assertThat(authorization()).isEqualTo("Bearer access-1");

    assertThat(credentials.renewAfterRejection()).isTrue();

    assertThat(authorization()).isEqualTo("Bearer access-2");
    assertThat(fixture.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void revokedRefreshTokenAsksTheUserToSignInAgain() throws Exception {
    signedIn("access-1", "refresh-1", START.minusSeconds(1));
    fixture.server.enqueue(error("invalid_grant"));

    assertThatThrownBy(this::authorization)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("sign in again")
        .hasMessageContaining("Settings")
        .hasMessageContaining("crm/test")
        .hasMessageContaining(fixture.server.getHostName());
    assertThat(fixture.secrets.isEmpty()).as("dead tokens removed").isTrue();

    assertThatThrownBy(this::authorization)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("not signed in");
    assertThat(fixture.server.getRequestCount()).as("no second refresh attempt").isEqualTo(1);
  }

  @Test
  void otherRefreshErrorsAreRejectedWithTheirCode() throws Exception {
    signedIn("access-1", "refresh-1", START.minusSeconds(1));
    fixture.server.enqueue(error("invalid_client"));

    assertThatThrownBy(this::authorization)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("invalid_client");
    assertThat(fixture.secrets.text(REFRESH_KEY)).isEqualTo("refresh-1");
  }

  @Test
  void unreachableProviderDuringRefreshIsUnavailable() throws Exception {
    signedIn("access-1", "refresh-1", START.minusSeconds(1));
    fixture.server.enqueue(
        new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    fixture.server.enqueue(new MockResponse().setResponseCode(503));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(this::authorization)
          .isInstanceOfSatisfying(
              CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.UNAVAILABLE));
    }
    assertThat(fixture.secrets.text(REFRESH_KEY)).as("kept for later").isEqualTo("refresh-1");
  }

  @Test
  void failedEarlyRefreshFallsBackToTheStillValidToken() throws Exception {
    signedIn("access-1", "refresh-1", START.plusSeconds(30));
    fixture.server.enqueue(new MockResponse().setResponseCode(503));

    assertThat(authorization()).isEqualTo("Bearer access-1");
    assertThat(fixture.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withoutTokensTheUserIsToldToSignIn() {
    assertThatThrownBy(this::authorization)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("not signed in")
        .hasMessageContaining("crm/test");
  }

  @Test
  void withoutRefreshTokenAnExpiredSignInMustBeRepeated() throws Exception {
    signedIn("access-1", null, START.minusSeconds(1));

    assertThatThrownBy(this::authorization)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("sign in again");
    assertThat(fixture.server.getRequestCount()).isZero();
  }

  @Test
  void lockedKeychainIsReported() {
    fixture.secrets.lock();

    assertThatThrownBy(this::authorization)
        .isInstanceOfSatisfying(
            CrmCallFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("keychain");
  }

  @Test
  void newSignInIsPickedUpInsteadOfRefreshingTheOldTokens() throws Exception {
    signedIn("access-1", "refresh-1", null);
    assertThat(authorization()).isEqualTo("Bearer access-1");
    signedIn("access-new", "refresh-new", START.plus(Duration.ofHours(1)));

    assertThat(credentials.renewAfterRejection()).isTrue();

    assertThat(authorization()).isEqualTo("Bearer access-new");
    assertThat(fixture.server.getRequestCount()).isZero();
  }

  @Test
  void concurrentRequestsWithAnExpiredTokenCauseOneRefresh() throws Exception {
    signedIn("access-1", "refresh-1", START.minusSeconds(1));
    fixture.server.enqueue(
        tokens("access-2", "refresh-2", 3600).setBodyDelay(200, TimeUnit.MILLISECONDS));
    fixture.server.enqueue(tokens("access-x", "refresh-x", 3600));

    List<String> headers = inParallel(8, this::authorization);

    assertThat(headers).hasSize(8).containsOnly("Bearer access-2");
    assertThat(fixture.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void concurrentRejectionsCauseOneRefresh() throws Exception {
    signedIn("access-1", "refresh-1", null);
    fixture.server.enqueue(
        tokens("access-2", "refresh-2", 3600).setBodyDelay(100, TimeUnit.MILLISECONDS));
    fixture.server.enqueue(tokens("access-x", "refresh-x", 3600));
    CountDownLatch allApplied = new CountDownLatch(8);

    List<String> retried =
        inParallel(
            8,
            () -> {
              String first = authorization();
              allApplied.countDown();
              allApplied.await(10, TimeUnit.SECONDS);
              // Every request went out with access-1 and came back 401.
              assertThat(first).isEqualTo("Bearer access-1");
              assertThat(credentials.renewAfterRejection()).isTrue();
              return authorization();
            });

    assertThat(retried).hasSize(8).containsOnly("Bearer access-2");
    assertThat(fixture.server.getRequestCount()).isEqualTo(1);
  }

  private static List<String> inParallel(int threads, Callable<String> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(task));
      }
      List<String> results = new ArrayList<>();
      for (Future<String> future : futures) {
        results.add(future.get(20, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
