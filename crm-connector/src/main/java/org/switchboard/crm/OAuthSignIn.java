package org.switchboard.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.crm.internal.oauth.AuthorizationCodeFlow;
import org.switchboard.crm.internal.oauth.AuthorizationServer;
import org.switchboard.crm.internal.oauth.DeviceAuthorization;
import org.switchboard.crm.internal.oauth.DeviceFlow;
import org.switchboard.crm.internal.oauth.Sleeper;
import org.switchboard.crm.internal.oauth.TokenSet;
import org.switchboard.crm.internal.oauth.TokenVault;

/**
 * Signs the agent in to a CRM with OAuth 2.0 and leaves the tokens in the keychain, where the
 * connector's credentials pick them up.
 *
 * <ul>
 *   <li>{@link #startDeviceSignIn()} (RFC 8628): the UI shows a user code and a link; the user
 *       approves on any device; the sign-in completes when the provider says so.
 *   <li>{@link #startBrowserSignIn(PageText)} (RFC 7636 + RFC 8252): the app opens the returned URL
 *       in the system browser; the provider redirects to a one-shot listener on 127.0.0.1.
 * </ul>
 *
 * <p>Threads: both methods return at once and may be called on the UI thread. The work runs on a
 * daemon thread {@code crm-oauth-sign-in} (one per sign-in), and the stages complete there; the UI
 * hops back to its own thread. Failures are {@link Failure}s with a {@link Reason} to word in the
 * agent's language, and a message safe to log.
 */
public final class OAuthSignIn {
  /** How long the browser sign-in waits for the redirect. */
  public static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(5);

  private static final Executor THREAD_PER_SIGN_IN =
      task -> {
        Thread thread = new Thread(task, "crm-oauth-sign-in");
        thread.setDaemon(true);
        thread.start();
      };

  private final AuthorizationServer server;
  private final TokenVault vault;
  private final Sleeper sleeper;
  private final SecureRandom random;
  private final Executor executor;
  private final Duration browserTimeout;

  /** Signs in to {@code provider}, keeping its tokens in {@code secrets}. */
  public OAuthSignIn(CrmAuth.OAuth provider, SecretStore secrets) {
    this(
        new AuthorizationServer(
            provider,
            secrets,
            new OkHttpClient(),
            AuthorizationServer.defaultPolicy(),
            new ObjectMapper(),
            Clock.systemUTC()),
        new TokenVault(secrets, provider.secretKeyPrefix()),
        Sleeper.real(),
        new SecureRandom(),
        THREAD_PER_SIGN_IN,
        BROWSER_TIMEOUT);
  }

  OAuthSignIn(
      AuthorizationServer server,
      TokenVault vault,
      Sleeper sleeper,
      SecureRandom random,
      Executor executor,
      Duration browserTimeout) {
    this.server = Objects.requireNonNull(server, "server");
    this.vault = Objects.requireNonNull(vault, "vault");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.browserTimeout = Objects.requireNonNull(browserTimeout, "browserTimeout");
  }

  /**
   * Starts a device sign-in. The returned stage completes with the code to show (after one request
   * to the provider); that sign-in's {@link DeviceSignIn#completion()} completes once the user has
   * approved and the tokens are in the keychain.
   */
  public CompletionStage<DeviceSignIn> startDeviceSignIn() {
    CompletableFuture<DeviceSignIn> started = new CompletableFuture<>();
    executor.execute(
        () -> {
          DeviceFlow flow = new DeviceFlow(server, sleeper);
          DeviceAuthorization authorization;
          try {
            authorization = flow.start();
          } catch (Failure failure) {
            started.completeExceptionally(failure);
            return;
          }
          DeviceSignIn signIn = new DeviceSignIn(authorization);
          started.complete(signIn);
          poll(flow, authorization, signIn);
        });
    return started.minimalCompletionStage();
  }

  private void poll(DeviceFlow flow, DeviceAuthorization authorization, DeviceSignIn signIn) {
    try {
      TokenSet tokens = flow.await(authorization, signIn.done::isDone);
      if (!signIn.done.isDone()) { // not cancelled while the last poll was out
        store(tokens);
        signIn.done.complete(null);
      }
    } catch (Failure failure) {
      signIn.done.completeExceptionally(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      signIn.done.completeExceptionally(new Failure(Reason.CANCELLED, "sign-in interrupted"));
    }
  }

  /**
   * Starts a browser sign-in: listens on 127.0.0.1 and returns the authorisation URL to open.
   *
   * @param page the texts of the page the browser shows after the redirect
   * @throws Failure when the provider's sign-in page is not https or no port can be opened
   */
  public BrowserSignIn startBrowserSignIn(PageText page) throws Failure {
    AuthorizationCodeFlow flow = new AuthorizationCodeFlow(server, random, executor);
    AuthorizationCodeFlow.Attempt attempt = flow.start(page, browserTimeout);
    CompletableFuture<Void> done = new CompletableFuture<>();
    // Outcomes reach the app through done; the stage whenComplete returns carries nothing more.
    CompletableFuture<?> unused =
        attempt
            .tokens()
            .whenComplete(
                (tokens, failure) -> {
                  if (failure != null) {
                    done.completeExceptionally(unwrap(failure));
                    return;
                  }
                  try {
                    store(tokens);
                    done.complete(null);
                  } catch (Failure keychain) {
                    done.completeExceptionally(keychain);
                  }
                });
    return new BrowserSignIn(attempt.authorizationUrl(), done, attempt.receiver()::close);
  }

  /** Whether tokens for this provider are in the keychain (they may since have been revoked). */
  public boolean isSignedIn() throws Failure {
    try {
      return vault.load().isPresent();
    } catch (SecretStoreException e) {
      throw keychainFailure(e);
    }
  }

  /**
   * Removes this provider's tokens from the keychain. A connector already running keeps its cached
   * access token until that expires.
   */
  public void signOut() throws Failure {
    try {
      vault.clear();
    } catch (SecretStoreException e) {
      throw keychainFailure(e);
    }
  }

  private void store(TokenSet tokens) throws Failure {
    try {
      vault.save(tokens);
    } catch (SecretStoreException e) {
      throw keychainFailure(e);
    }
  }

  private static Failure keychainFailure(SecretStoreException e) {
    return new Failure(Reason.KEYCHAIN, "keychain unavailable: " + e.getMessage(), e);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    return cause instanceof Failure
        ? cause
        : new Failure(Reason.REFUSED, "sign-in failed unexpectedly", cause);
  }

  /** A device sign-in under way. */
  public static final class DeviceSignIn {
    private final DeviceAuthorization authorization;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    DeviceSignIn(DeviceAuthorization authorization) {
      this.authorization = authorization;
    }

    /** The code the user types at {@link #verificationUri()}. */
    public String userCode() {
      return authorization.userCode();
    }

    public URI verificationUri() {
      return authorization.verificationUri();
    }

    /** A link with the code filled in (for a QR code or a button), when the provider sends one. */
    public @Nullable URI verificationUriComplete() {
      return authorization.verificationUriComplete();
    }

    /** After this instant the code is useless and the sign-in fails as {@link Reason#EXPIRED}. */
    public Instant expiresAt() {
      return authorization.expiresAt();
    }

    /** Completes when the tokens are in the keychain; fails with a {@link Failure}. */
    public CompletionStage<Void> completion() {
      return done.minimalCompletionStage();
    }

    /** Stops polling; the completion fails as {@link Reason#CANCELLED}. */
    public void cancel() {
      done.completeExceptionally(new Failure(Reason.CANCELLED, "sign-in cancelled"));
    }
  }

  /** A browser sign-in waiting for the redirect. */
  public static final class BrowserSignIn {
    private final URI authorizationUrl;
    private final CompletableFuture<Void> done;
    private final Runnable stopListening;

    BrowserSignIn(URI authorizationUrl, CompletableFuture<Void> done, Runnable stopListening) {
      this.authorizationUrl = authorizationUrl;
      this.done = done;
      this.stopListening = stopListening;
    }

    /** The URL to open in the system browser (not an embedded web view: RFC 8252 §8.12). */
    public URI authorizationUrl() {
      return authorizationUrl;
    }

    /** Completes when the tokens are in the keychain; fails with a {@link Failure}. */
    public CompletionStage<Void> completion() {
      return done.minimalCompletionStage();
    }

    /**
     * Stops listening; the completion fails as {@link Reason#CANCELLED}. Call it when the user
     * gives up or the app exits: until then (at most {@link OAuthSignIn#BROWSER_TIMEOUT}) the
     * listener holds a port and a thread.
     */
    public void cancel() {
      stopListening.run();
    }
  }

  /**
   * The page the browser shows after the redirect. The app passes its translations; every text is
   * HTML-escaped before it is placed in the page.
   *
   * @param languageTag BCP 47 tag for the page's {@code lang} attribute
   */
  public record PageText(
      String languageTag,
      String signedInTitle,
      String signedInMessage,
      String failedTitle,
      String failedMessage) {
    public PageText {
      Objects.requireNonNull(languageTag, "languageTag");
      Objects.requireNonNull(signedInTitle, "signedInTitle");
      Objects.requireNonNull(signedInMessage, "signedInMessage");
      Objects.requireNonNull(failedTitle, "failedTitle");
      Objects.requireNonNull(failedMessage, "failedMessage");
    }

    public static PageText english() {
      return new PageText(
          "en",
          "Signed in",
          "Switchboard is now signed in to your CRM. You can close this tab.",
          "Sign-in failed",
          "Switchboard could not sign in to your CRM. Close this tab and try again in Switchboard.");
    }
  }

  /** Why a sign-in ended without tokens; the UI words each in the agent's language. */
  public enum Reason {
    /** The user declined (access_denied). */
    DENIED,
    /** The device code expired before the user approved. */
    EXPIRED,
    /** The browser never came back to the listener. */
    TIMED_OUT,
    /** The redirect did not carry this sign-in's state (forged or stale); refused. */
    STATE_MISMATCH,
    /** The provider refused or answered something unusable; the message has the error code. */
    REFUSED,
    /** The provider could not be reached, or no local port could be opened. */
    UNAVAILABLE,
    /** The keychain is missing, locked or refused the tokens. */
    KEYCHAIN,
    /** The app cancelled. */
    CANCELLED,
    /** The provider has no device flow; use the browser sign-in. */
    NOT_SUPPORTED
  }

  /** A sign-in failed. The message is safe to log: it never holds a token, code or state. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public Failure(Reason reason, String message) {
      this(reason, message, null);
    }

    public Failure(Reason reason, String message, @Nullable Throwable cause) {
      super(message, cause);
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
      return reason;
    }
  }
}
