package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.error;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.form;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.reveal;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.tokens;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.OAuthSignIn.Failure;
import org.switchboard.crm.OAuthSignIn.PageText;
import org.switchboard.crm.OAuthSignIn.Reason;

class AuthorizationCodeFlowTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private AuthorizationServerFixture fixture;
  private ExecutorService exchanges;
  private AuthorizationCodeFlow flow;

  @BeforeEach
  void start() throws Exception {
    fixture = new AuthorizationServerFixture();
    exchanges = Executors.newSingleThreadExecutor();
    flow = new AuthorizationCodeFlow(fixture.authorizationServer, new SecureRandom(), exchanges);
  }

  @AfterEach
  void stop() throws Exception {
    exchanges.shutdownNow();
    fixture.close();
  }

  @Test
  void authorisationUrlCarriesTheS256ChallengeStateAndLoopbackRedirect() throws Exception {
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);
    try {
      HttpUrl url = HttpUrl.get(attempt.authorizationUrl());

      assertThat(url.encodedPath()).isEqualTo("/authorize");
      assertThat(url.queryParameter("response_type")).isEqualTo("code");
      assertThat(url.queryParameter("client_id")).isEqualTo("switchboard-desktop");
      assertThat(url.queryParameter("scope")).isEqualTo("contacts.read calls.write");
      assertThat(url.queryParameter("code_challenge_method")).isEqualTo("S256");
      assertThat(url.queryParameter("code_challenge")).matches("[A-Za-z0-9_-]{43}");
      assertThat(url.queryParameter("state")).matches("[A-Za-z0-9_-]{43}");
      assertThat(url.queryParameter("redirect_uri"))
          .isEqualTo("http://127.0.0.1:" + attempt.receiver().port() + "/callback");
      assertThat(attempt.receiver().port()).isPositive();
    } finally {
      attempt.receiver().close();
    }
  }

  @Test
  void redirectedCodeIsExchangedWithTheVerifierThatMatchesTheChallenge() throws Exception {
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);
    HttpUrl url = HttpUrl.get(attempt.authorizationUrl());
    URI redirect = URI.create(url.queryParameter("redirect_uri"));

    Browser.Page favicon = Browser.get(HttpUrl.get(redirect.resolve("/favicon.ico")));
    Browser.Page page =
        Browser.arrive(
            redirect, "code=SplxlOBeZQQYbYS6WxSbIA&state=" + url.queryParameter("state"));
    TokenSet tokens = attempt.tokens().get(10, TimeUnit.SECONDS);

    assertThat(favicon.status()).isEqualTo(404);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.html()).contains("You can close this tab.");
    assertThat(page.referrerPolicy()).isEqualTo("no-referrer");
    assertThat(reveal(tokens.accessToken())).isEqualTo("access-1");
    assertThat(reveal(tokens.refreshToken())).isEqualTo("refresh-1");

    HttpUrl exchange = form(fixture.take());
    assertThat(exchange.queryParameter("grant_type")).isEqualTo("authorization_code");
    assertThat(exchange.queryParameter("code")).isEqualTo("SplxlOBeZQQYbYS6WxSbIA");
    assertThat(exchange.queryParameter("redirect_uri")).isEqualTo(redirect.toString());
    assertThat(exchange.queryParameter("client_id")).isEqualTo("switchboard-desktop");
    String verifier = exchange.queryParameter("code_verifier");
    assertThat(verifier).isNotNull().hasSizeBetween(43, 128).matches("[A-Za-z0-9\\-._~]+");
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    assertThat(url.queryParameter("code_challenge"))
        .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
  }

  @Test
  void redirectWithAnotherStateIsRefusedAndNoCodeIsExchanged() throws Exception {
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);
    URI redirect = redirectOf(attempt);

    Browser.Page page = Browser.arrive(redirect, "code=stolen&state=forged");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html()).contains("Sign-in failed");
    assertFailsWith(attempt, Reason.STATE_MISMATCH);
    assertThat(fixture.server.getRequestCount()).isZero();
  }

  @Test
  void redirectWithoutStateIsRefused() throws Exception {
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);

    Browser.arrive(redirectOf(attempt), "code=abc");

    assertFailsWith(attempt, Reason.STATE_MISMATCH);
    assertThat(fixture.server.getRequestCount()).isZero();
  }

  @Test
  void errorRedirectEndsTheSignInAndEchoesTheCodeEscaped() throws Exception {
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);
    HttpUrl url = HttpUrl.get(attempt.authorizationUrl());

    Browser.Page page =
        Browser.arrive(
            redirectOf(attempt),
            "error=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=" + url.queryParameter("state"));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
    assertFailsWith(attempt, Reason.REFUSED);
  }

  @Test
  void declinedInTheBrowserFailsAsDenied() throws Exception {
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);
    HttpUrl url = HttpUrl.get(attempt.authorizationUrl());

    Browser.Page page =
        Browser.arrive(
            redirectOf(attempt),
            "error=access_denied&error_description=User+said+no&state="
                + url.queryParameter("state"));

    assertThat(page.html()).contains("Sign-in failed", "access_denied").doesNotContain("said no");
    assertFailsWith(attempt, Reason.DENIED);
  }

  @Test
  void noRedirectWithinTheTimeoutFailsAndStopsListening() throws Exception {
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), Duration.ofMillis(200));
    URI redirect = redirectOf(attempt);

    assertFailsWith(attempt, Reason.TIMED_OUT);
    assertListenerClosed(redirect);
  }

  @Test
  void listenerAnswersOnlyOnce() throws Exception {
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);
    String state = HttpUrl.get(attempt.authorizationUrl()).queryParameter("state");
    URI redirect = redirectOf(attempt);

    Browser.arrive(redirect, "code=first&state=" + state);
    attempt.tokens().get(10, TimeUnit.SECONDS);

    assertListenerClosed(redirect);
    assertThat(fixture.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void codeRefusedByTheTokenEndpointFailsTheSignIn() throws Exception {
    fixture.server.enqueue(error("invalid_grant"));
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);
    String state = HttpUrl.get(attempt.authorizationUrl()).queryParameter("state");

    Browser.arrive(redirectOf(attempt), "code=old&state=" + state);

    assertThatThrownBy(() -> attempt.tokens().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED))
        .hasMessageContaining("invalid_grant");
  }

  @Test
  void cancellingStopsListening() throws Exception {
    AuthorizationCodeFlow.Attempt attempt = flow.start(PageText.english(), TIMEOUT);
    URI redirect = redirectOf(attempt);

    attempt.receiver().close();

    assertFailsWith(attempt, Reason.CANCELLED);
    assertListenerClosed(redirect);
  }

  @Test
  void plainHttpSignInPageElsewhereIsRefused() {
    CrmAuth.OAuth insecure =
        new CrmAuth.OAuth(
            "switchboard-desktop",
            URI.create("http://crm.example.com/authorize"),
            fixture.url("/token"),
            null,
            List.of(),
            AuthorizationServerFixture.PREFIX);
    AuthorizationCodeFlow insecureFlow =
        new AuthorizationCodeFlow(fixture.serverFor(insecure), new SecureRandom(), exchanges);

    assertThatThrownBy(() -> insecureFlow.start(PageText.english(), TIMEOUT))
        .isInstanceOfSatisfying(
            Failure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED))
        .hasMessageContaining("https");
  }

  private static URI redirectOf(AuthorizationCodeFlow.Attempt attempt) {
    String redirect = HttpUrl.get(attempt.authorizationUrl()).queryParameter("redirect_uri");
    assertThat(redirect).isNotNull();
    return URI.create(redirect);
  }

  private static void assertFailsWith(AuthorizationCodeFlow.Attempt attempt, Reason reason) {
    assertThatThrownBy(() -> attempt.tokens().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.reason()).isEqualTo(reason));
  }

  /** The server stops shortly after the outcome; poll with a generous bound. */
  private static void assertListenerClosed(URI redirect) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try {
        Browser.Page page = Browser.arrive(redirect, "code=late&state=late");
        assertThat(page.status()).isNotEqualTo(200);
      } catch (IOException refused) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the loopback listener still accepts connections");
  }
}
