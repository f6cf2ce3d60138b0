package org.switchboard.crm.internal.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Secret;
import org.switchboard.crm.OAuthSignIn.Failure;
import org.switchboard.crm.OAuthSignIn.PageText;
import org.switchboard.crm.OAuthSignIn.Reason;

/**
 * Receives one authorisation response on {@code http://127.0.0.1:{port}/callback} (RFC 8252 §7.3),
 * on an ephemeral port, and then stops listening.
 *
 * <p>Threads: the JDK server's dispatcher accepts, one daemon {@code crm-oauth-loopback} thread
 * answers, and {@link #code()} completes on that thread (or on the timer thread after the timeout,
 * or on the thread that calls {@link #close()}). The server is stopped off the dispatcher thread.
 */
public final class LoopbackReceiver implements AutoCloseable {
  static final String PATH = "/callback";
  private static final Logger LOG = LoggerFactory.getLogger(LoopbackReceiver.class);

  private final HttpServer server;
  private final ExecutorService handler;
  private final byte[] expectedState;
  private final PageText page;
  private final CompletableFuture<Secret> code = new CompletableFuture<>();
  private final AtomicBoolean answered = new AtomicBoolean();

  private LoopbackReceiver(
      HttpServer server, ExecutorService handler, String state, PageText page) {
    this.server = server;
    this.handler = handler;
    this.expectedState = state.getBytes(StandardCharsets.US_ASCII);
    this.page = page;
  }

  /**
   * Listens for the redirect carrying {@code expectedState}; after {@code timeout} the code fails
   * with {@link Reason#TIMED_OUT}.
   */
  public static LoopbackReceiver start(String expectedState, PageText page, Duration timeout)
      throws IOException {
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    ExecutorService handler =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "crm-oauth-loopback");
              thread.setDaemon(true);
              return thread;
            });
    LoopbackReceiver receiver = new LoopbackReceiver(server, handler, expectedState, page);
    server.createContext("/", receiver::handle);
    server.setExecutor(handler);
    server.start();
    // Whatever ends the sign-in (redirect, timeout, cancel) also stops the listener.
    CompletableFuture<?> unused = receiver.code.whenComplete((value, failure) -> receiver.stop());
    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .execute(
            () ->
                receiver.code.completeExceptionally(
                    new Failure(
                        Reason.TIMED_OUT,
                        "no answer from the browser within " + timeout.toSeconds() + " s")));
    LOG.debug("listening for the sign-in redirect on port {}", receiver.port());
    return receiver;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The redirect_uri to register in the authorisation request. */
  public URI redirectUri() {
    return URI.create("http://127.0.0.1:" + port() + PATH);
  }

  /** Completes with the authorisation code, or fails with a {@link Failure}. */
  public CompletableFuture<Secret> code() {
    return code;
  }

  /** Stops listening; a sign-in still waiting fails as cancelled. */
  @Override
  public void close() {
    code.completeExceptionally(new Failure(Reason.CANCELLED, "sign-in cancelled"));
  }

  private void stop() {
    server.stop(0);
    handler.shutdown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals(PATH)) {
        exchange.sendResponseHeaders(404, -1); // the browser's favicon request, a stray probe
        return;
      }
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      if (!answered.compareAndSet(false, true)) {
        respond(exchange, 409, CallbackPage.render(page, false, null));
        return;
      }
      Outcome outcome = judge(exchange.getRequestURI().getRawQuery());
      respond(
          exchange,
          outcome.failure() == null ? 200 : 400,
          CallbackPage.render(page, outcome.failure() == null, outcome.detail()));
      Failure failure = outcome.failure();
      if (failure != null) {
        LOG.info("sign-in redirect refused: {}", failure.reason());
        code.completeExceptionally(failure);
      } else {
        LOG.debug("sign-in redirect received");
        code.complete(Secret.of(outcome.code()));
      }
    }
  }

  /** What the redirect said: a code, or a failure and an error code safe to echo. */
  private record Outcome(String code, @Nullable Failure failure, @Nullable String detail) {
    static Outcome failed(Reason reason, String message, @Nullable String detail) {
      return new Outcome("", new Failure(reason, message), detail);
    }
  }

  private Outcome judge(@Nullable String rawQuery) {
    Map<String, String> params = parameters(rawQuery);
    if (params == null) {
      return Outcome.failed(Reason.REFUSED, "the sign-in redirect was malformed", null);
    }
    String state = params.get("state");
    if (state == null
        || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), expectedState)) {
      // Not the answer to our request: a forged or stale redirect (RFC 6749 §10.12).
      return Outcome.failed(
          Reason.STATE_MISMATCH, "the sign-in redirect did not match this sign-in; refused", null);
    }
    String error = params.get("error");
    if (error != null) {
      String safe = TokenReply.SAFE_ERROR.matcher(error).matches() ? error : "unreadable_error";
      return safe.equals("access_denied")
          ? Outcome.failed(Reason.DENIED, "sign-in was declined in the browser", safe)
          : Outcome.failed(Reason.REFUSED, "the sign-in page answered " + safe, safe);
    }
    String code = params.get("code");
    if (code == null || code.isEmpty()) {
      return Outcome.failed(Reason.REFUSED, "the sign-in redirect carried no code", null);
    }
    return new Outcome(code, null, null);
  }

  /** The query's parameters, or null when one is repeated (RFC 6749 §3.1) or badly encoded. */
  private static @Nullable Map<String, String> parameters(@Nullable String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    try {
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        String name =
            URLDecoder.decode(
                equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value =
            equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        if (params.put(name, value) != null) {
          return null;
        }
      }
    } catch (IllegalArgumentException badEscape) {
      return null;
    }
    return params;
  }

  private static void respond(HttpExchange exchange, int status, String html) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "text/html; charset=utf-8");
    headers.set("Cache-Control", "no-store");
    // The address bar holds the code: keep it out of Referer headers and the page inert.
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    headers.set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }
}
