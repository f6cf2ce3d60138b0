package org.switchboard.app.provisioning;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches the document at a provisioning URL with the JDK's HTTP client: HTTPS only, certificates
 * checked against {@code tls}'s trust (the JDK's own in production), no redirects (one could lead
 * to plain HTTP), an answer within the timeout or none, and at most {@code maxBytes}. Blocking: the
 * calling thread waits at most the timeout.
 */
public final class ProvisioningClient {
  /** How long connecting and answering may take together, in production. */
  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** The largest document accepted, in production; real ones are a few kilobytes. */
  public static final int MAX_BYTES = 256 * 1024;

  private final @Nullable SSLContext tls;
  private final Duration timeout;
  private final int maxBytes;

  private ProvisioningClient(@Nullable SSLContext tls, Duration timeout, int maxBytes) {
    this.tls = tls;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /**
   * The JDK's default TLS context and trust store (loaded at the first fetch, not before), {@link
   * #TIMEOUT}, {@link #MAX_BYTES}.
   */
  public static ProvisioningClient system() {
    return new ProvisioningClient(null, TIMEOUT, MAX_BYTES);
  }

  /**
   * A client that believes the servers {@code tls} trusts (tests trust their own authority).
   *
   * @param timeout the bound on the whole exchange, connecting included
   */
  public static ProvisioningClient trusting(SSLContext tls, Duration timeout, int maxBytes) {
    return new ProvisioningClient(tls, timeout, maxBytes);
  }

  /**
   * The body at {@code url}, which must answer 200.
   *
   * @throws ProvisioningException naming the URL (without its query) and the field {@code url}
   */
  byte[] fetch(URI url) throws ProvisioningException {
    String source = shown(url);
    if (!"https".equals(String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT))) {
      throw new ProvisioningException(source, "url", "must be an https:// address");
    }
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    // A client per fetch: there is one fetch per start, and its threads end with it.
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1);
    if (tls != null) {
      builder.sslContext(tls);
    }
    HttpClient http = builder.build();
    CompletableFuture<HttpResponse<byte[]>> exchange =
        http.sendAsync(
            request,
            info ->
                info.statusCode() == 200
                    ? new CappedBody(maxBytes)
                    : HttpResponse.BodySubscribers.replacing(new byte[0]));
    try {
      HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.statusCode() != 200) {
        throw new ProvisioningException(
            source, "url", "the server answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new ProvisioningException(source, "url", noAnswer());
    } catch (ExecutionException e) {
      throw new ProvisioningException(source, "url", describe(e.getCause()));
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new ProvisioningException(source, "url", "interrupted");
    }
  }

  /**
   * {@code url} as logs and the settings screen show it: without user information or query, which
   * may carry a token.
   */
  static String shown(URI url) {
    try {
      return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null)
          .toString();
    } catch (URISyntaxException e) {
      return String.valueOf(url.getScheme()) + "://" + url.getHost();
    }
  }

  private String noAnswer() {
    return "no answer within " + timeout.toMillis() + " ms";
  }

  private String describe(@Nullable Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SSLException) {
        // The JDK's messages run on with class names; their first clause says enough.
        String why = String.valueOf(t.getMessage()).split(":", 2)[0];
        return "the server's certificate was refused (" + why + ")";
      }
      if (t instanceof HttpTimeoutException) {
        return noAnswer();
      }
    }
    String message = failure == null ? null : failure.getMessage();
    return "could not be fetched ("
        + (message == null ? String.valueOf(failure).strip() : message)
        + ")";
  }
}
