package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.error;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.json;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.tokens;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.crm.OAuthSignIn.Failure;
import org.switchboard.crm.OAuthSignIn.Reason;
import org.switchboard.crm.internal.oauth.AuthorizationServerFixture;
import org.switchboard.crm.internal.oauth.Browser;
import org.switchboard.crm.internal.oauth.Sleeper;

class OAuthSignInTest {
  private AuthorizationServerFixture fixture;
  private ExecutorService executor;

  @BeforeEach
  void start() throws Exception {
    fixture = new AuthorizationServerFixture();
    executor = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stop() throws Exception {
    executor.shutdownNow();
    fixture.close();
  }

  private OAuthSignIn signIn(Sleeper sleeper) {
    return new OAuthSignIn(
        fixture.authorizationServer,
        fixture.vault,
        sleeper,
        new SecureRandom(),
        executor,
        Duration.ofSeconds(20));
  }

  private void enqueueDeviceCode() {
    fixture.server.enqueue(
        json(
            200,
            "{\"device_code\":\"dc-1\",\"user_code\":\"BDWD-HQPK\","
                + "\"verification_uri\":\"https://example.com/device\",\"expires_in\":900,"
                + "\"interval\":5}"));
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static void assertFails(CompletionStage<?> stage, Reason reason) {
    assertThatThrownBy(() -> await(stage))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.reason()).isEqualTo(reason));
  }

  @Test
  void deviceSignInShowsTheCodeAndStoresTheTokensOnceApproved() throws Exception {
    enqueueDeviceCode();
    fixture.server.enqueue(error("authorization_pending"));
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));
    OAuthSignIn signIn = signIn(fixture.sleeper);

    OAuthSignIn.DeviceSignIn device = await(signIn.startDeviceSignIn());
    await(device.completion());

    assertThat(device.userCode()).isEqualTo("BDWD-HQPK");
    assertThat(device.verificationUri()).isEqualTo(URI.create("https://example.com/device"));
    assertThat(device.expiresAt()).isEqualTo(AuthorizationServerFixture.START.plusSeconds(900));
    assertThat(fixture.secrets.text("crm/test/access-token")).isEqualTo("access-1");
    assertThat(fixture.secrets.text("crm/test/refresh-token")).isEqualTo("refresh-1");
    assertThat(fixture.secrets.text("crm/test/access-token-expiry")).isNotNull();
    assertThat(signIn.isSignedIn()).isTrue();
  }

  @Test
  void declinedDeviceSignInStoresNothing() throws Exception {
    enqueueDeviceCode();
    fixture.server.enqueue(error("access_denied"));

    OAuthSignIn.DeviceSignIn device = await(signIn(fixture.sleeper).startDeviceSignIn());

    assertFails(device.completion(), Reason.DENIED);
    assertThat(fixture.secrets.isEmpty()).isTrue();
  }

  @Test
  void deviceSignInThatCannotStartFailsTheFirstStage() {
    fixture.server.enqueue(error("invalid_client"));

    assertFails(signIn(fixture.sleeper).startDeviceSignIn(), Reason.REFUSED);
  }

  @Test
  void cancelledDeviceSignInStopsPolling() throws Exception {
    enqueueDeviceCode();
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Sleeper blocking =
        duration -> {
          waiting.countDown();
          release.await(10, TimeUnit.SECONDS);
        };

    OAuthSignIn.DeviceSignIn device = await(signIn(blocking).startDeviceSignIn());
    assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
    device.cancel();
    release.countDown();

    assertFails(device.completion(), Reason.CANCELLED);
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).as("poller ended").isTrue();
    assertThat(fixture.server.getRequestCount()).as("no poll after cancel").isEqualTo(1);
  }

  @Test
  void browserSignInStoresTheTokensWhenTheRedirectArrives() throws Exception {
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));
    OAuthSignIn signIn = signIn(fixture.sleeper);

    OAuthSignIn.BrowserSignIn browser = signIn.startBrowserSignIn(OAuthSignIn.PageText.english());
    HttpUrl url = HttpUrl.get(browser.authorizationUrl());
    Browser.Page page =
        Browser.arrive(
            URI.create(url.queryParameter("redirect_uri")),
            "code=abc&state=" + url.queryParameter("state"));
    await(browser.completion());

    assertThat(page.html()).contains("You can close this tab.");
    assertThat(fixture.secrets.text("crm/test/access-token")).isEqualTo("access-1");
    assertThat(fixture.secrets.text("crm/test/refresh-token")).isEqualTo("refresh-1");
  }

  @Test
  void cancelledBrowserSignInFails() throws Exception {
    OAuthSignIn.BrowserSignIn browser =
        signIn(fixture.sleeper).startBrowserSignIn(OAuthSignIn.PageText.english());

    browser.cancel();

    assertFails(browser.completion(), Reason.CANCELLED);
  }

  @Test
  void lockedKeychainFailsTheSignIn() throws Exception {
    enqueueDeviceCode();
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));
    fixture.secrets.lock();

    OAuthSignIn.DeviceSignIn device = await(signIn(fixture.sleeper).startDeviceSignIn());

    assertFails(device.completion(), Reason.KEYCHAIN);
  }

  @Test
  void signOutRemovesTheTokens() throws Exception {
    enqueueDeviceCode();
    fixture.server.enqueue(tokens("access-1", "refresh-1", 3600));
    OAuthSignIn signIn = signIn(fixture.sleeper);
    await(await(signIn.startDeviceSignIn()).completion());

    signIn.signOut();

    assertThat(signIn.isSignedIn()).isFalse();
    assertThat(fixture.secrets.isEmpty()).isTrue();
  }
}
