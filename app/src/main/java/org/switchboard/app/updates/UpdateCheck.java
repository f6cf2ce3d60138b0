package org.switchboard.app.updates;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.provisioning.CappedBody;
import org.switchboard.app.settings.GeneralSettings;
import org.switchboard.app.settings.UpdatePolicy;

/**
 * Asks the update feed whether a newer version exists, when the update policy is {@code NOTIFY}:
 * with the JDK's HTTP client, HTTPS only (a plain {@code http} feed is refused before any
 * connection, and no redirects are followed), certificates checked against {@code tls}'s trust (the
 * JDK's own in production), an answer within the timeout, at most {@code maxBytes}. With {@code
 * OFF}, an empty feed or an unknown running version it never touches the network. Every failure is
 * logged at info and ends the check quietly: it must never bother the agent.
 *
 * <p>Threads: {@link #check} returns at once; the exchange runs on the HTTP client's own daemon
 * threads, which complete the future.
 */
public final class UpdateCheck {
  /** How long connecting and answering may take together, in production. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** The largest feed accepted; real ones are a few hundred bytes. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final Logger log = LoggerFactory.getLogger(UpdateCheck.class);

  private final @Nullable SSLContext tls;
  private final Duration timeout;
  private final int maxBytes;
  private final Optional<String> running;

  private UpdateCheck(
      @Nullable SSLContext tls, Duration timeout, int maxBytes, Optional<String> running) {
    this.tls = tls;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.running = running;
  }

  /** The JDK's trust store, {@link #TIMEOUT}, {@link #MAX_BYTES}, this process's version. */
  public static UpdateCheck system() {
    return new UpdateCheck(null, TIMEOUT, MAX_BYTES, AppVersion.running());
  }

  /**
   * A check that believes the servers {@code tls} trusts (tests trust their own authority).
   *
   * @param running the version to compare with; empty when unknown
   */
  public static UpdateCheck trusting(
      SSLContext tls, Duration timeout, int maxBytes, Optional<String> running) {
    return new UpdateCheck(tls, timeout, maxBytes, running);
  }

  /**
   * Looks for a version newer than the running one, if {@code general} says to.
   *
   * @return completes with the newer version, or empty (not wanted, none newer, or failed); never
   *     completes exceptionally
   */
  public CompletableFuture<Optional<AvailableUpdate>> check(GeneralSettings general) {
    if (general.updates() != UpdatePolicy.NOTIFY || general.updateFeed().isBlank()) {
      return none();
    }
    Optional<URI> feed = httpsFeed(general.updateFeed());
    Optional<Version> current = runningVersion();
    if (feed.isEmpty() || current.isEmpty()) {
      return none();
    }
    String shown = feed.get().getHost() + feed.get().getPath();
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client()
            .sendAsync(
                HttpRequest.newBuilder(feed.get())
                    .timeout(timeout)
                    .header("Accept", "application/json")
                    .header("User-Agent", "Switchboard/" + current.get())
                    .GET()
                    .build(),
                info ->
                    info.statusCode() == 200
                        ? new CappedBody(maxBytes)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
    return exchange
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle(
            (response, failure) -> {
              if (failure != null) {
                exchange.cancel(true);
                log.info("update check: {} could not be fetched: {}", shown, describe(failure));
                return Optional.empty();
              }
              return newer(response, current.get(), shown);
            });
  }

  private Optional<AvailableUpdate> newer(
      HttpResponse<byte[]> response, Version current, String shown) {
    if (response.statusCode() != 200) {
      log.info("update check: {} answered HTTP {}", shown, response.statusCode());
      return Optional.empty();
    }
    AvailableUpdate offered;
    try {
      offered = UpdateFeed.parse(response.body());
    } catch (IllegalArgumentException e) {
      log.info("update check: {} is not an update feed: {}", shown, e.getMessage());
      return Optional.empty();
    }
    if (!offered.version().isNewerThan(current)) {
      log.info("update check: {} offers {}; running {}", shown, offered.version(), current);
      return Optional.empty();
    }
    log.info("update check: {} offers {}, newer than {}", shown, offered.version(), current);
    return Optional.of(offered);
  }

  private Optional<URI> httpsFeed(String text) {
    try {
      URI feed = new URI(text.strip());
      if ("https".equals(String.valueOf(feed.getScheme()).toLowerCase(Locale.ROOT))
          && feed.getHost() != null) {
        return Optional.of(feed);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    log.info("update check: the feed must be an https:// address; not checking");
    return Optional.empty();
  }

  private Optional<Version> runningVersion() {
    if (running.isEmpty()) {
      log.info("update check: this build does not know its version; not checking");
      return Optional.empty();
    }
    try {
      return running.map(Version::parse);
    } catch (IllegalArgumentException e) {
      log.info("update check: the running version is not a version number; not checking");
      return Optional.empty();
    }
  }

  private HttpClient client() {
    // A client per check: there is one check per start, and its threads end with it.
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1);
    if (tls != null) {
      builder.sslContext(tls);
    }
    return builder.build();
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null
        && (cause instanceof CompletionException || cause instanceof ExecutionException)) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private static CompletableFuture<Optional<AvailableUpdate>> none() {
    return CompletableFuture.completedFuture(Optional.empty());
  }
}
