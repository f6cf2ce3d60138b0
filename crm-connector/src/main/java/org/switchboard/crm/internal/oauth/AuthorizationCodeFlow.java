package org.switchboard.crm.internal.oauth;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Secret;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.OAuthSignIn.Failure;
import org.switchboard.crm.OAuthSignIn.PageText;
import org.switchboard.crm.OAuthSignIn.Reason;
import org.switchboard.crm.internal.http.CrmCallFailure;

/**
 * The authorisation-code grant with PKCE (RFC 7636, S256) for a native app (RFC 8252): the app
 * opens the authorisation URL in the system browser, the provider redirects to a loopback listener,
 * and the code is exchanged together with the verifier.
 */
public final class AuthorizationCodeFlow {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationCodeFlow.class);

  private final AuthorizationServer server;
  private final SecureRandom random;
  private final Executor exchanges;

  /**
   * @param exchanges runs the code exchange (one blocking HTTP request) once the redirect arrives
   */
  public AuthorizationCodeFlow(
      AuthorizationServer server, SecureRandom random, Executor exchanges) {
    this.server = Objects.requireNonNull(server, "server");
    this.random = Objects.requireNonNull(random, "random");
    this.exchanges = Objects.requireNonNull(exchanges, "exchanges");
  }

  /**
   * A sign-in waiting for the browser.
   *
   * @param tokens completes on the exchanges executor; fails with a {@link CompletionException}
   *     around a {@link Failure}, or with the {@link Failure} itself when the redirect failed
   */
  public record Attempt(
      URI authorizationUrl, CompletableFuture<TokenSet> tokens, LoopbackReceiver receiver) {}

  /** Starts the listener and builds the URL to open in the browser. */
  public Attempt start(PageText page, Duration timeout) throws Failure {
    CrmAuth.OAuth provider = server.provider();
    URI endpoint = provider.authorizationEndpoint();
    if (!AuthorizationServer.isSecure(endpoint)) {
      throw new Failure(
          Reason.REFUSED, "the sign-in page of " + server.host() + " must use https; refused");
    }
    Pkce pkce = Pkce.generate(random);
    String state = Pkce.randomToken(random);
    LoopbackReceiver receiver;
    try {
      receiver = LoopbackReceiver.start(state, page, timeout);
    } catch (IOException cannotListen) {
      throw new Failure(
          Reason.UNAVAILABLE,
          "could not listen on 127.0.0.1 for the sign-in redirect",
          cannotListen);
    }
    URI redirect = receiver.redirectUri();
    HttpUrl.Builder url =
        HttpUrl.get(endpoint)
            .newBuilder()
            .addQueryParameter("response_type", "code")
            .addQueryParameter("client_id", provider.clientId())
            .addQueryParameter("redirect_uri", redirect.toString());
    if (!provider.scopes().isEmpty()) {
      url.addQueryParameter("scope", String.join(" ", provider.scopes()));
    }
    url.addQueryParameter("state", state)
        .addQueryParameter("code_challenge", pkce.challenge())
        .addQueryParameter("code_challenge_method", Pkce.METHOD);
    CompletableFuture<TokenSet> tokens =
        receiver.code().thenApplyAsync(code -> exchange(code, pkce, redirect), exchanges);
    LOG.info("browser sign-in with {} started", server.host());
    return new Attempt(url.build().uri(), tokens, receiver);
  }

  private TokenSet exchange(Secret code, Pkce pkce, URI redirect) {
    Map<String, String> grant = new LinkedHashMap<>();
    grant.put("grant_type", "authorization_code");
    grant.put("code", new String(code.reveal()));
    grant.put("redirect_uri", redirect.toString());
    grant.put("code_verifier", new String(pkce.verifier().reveal()));
    try {
      TokenReply reply = server.requestToken(grant);
      if (reply instanceof TokenReply.Granted granted) {
        LOG.info("browser sign-in with {} complete", server.host());
        return granted.tokens();
      }
      String error = ((TokenReply.Refused) reply).error();
      throw new CompletionException(
          new Failure(
              Reason.REFUSED, server.host() + " did not accept the sign-in code (" + error + ")"));
    } catch (CrmCallFailure failure) {
      throw new CompletionException(Failures.of(failure));
    }
  }
}
