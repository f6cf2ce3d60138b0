package org.switchboard.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.switchboard.core.Secret;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

/**
 * Screen-pop latency: from {@code ScreenPop.lookup} (the call is offered) to the listener holding a
 * populated card ({@code Matches}), through the real HubSpot connector over HTTP to a stand-in
 * HubSpot that answers every request after {@code --crm-ms} (50 ms). Distinct calls and numbers, so
 * no cache hits; the details requests that follow each card run too (they load the CRM as in real
 * use). Target: p95 under 150 ms.
 *
 * <p>Run: {@code ./mvnw -q -pl crm-connector test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.switchboard.crm.ScreenPopLatencyBench -Dexec.args="--lookups 2000"}
 */
public final class ScreenPopLatencyBench {
  /** What one run measured, in milliseconds. */
  public record Figures(
      int lookups, int concurrency, double p50, double p95, double p99, double max) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "lookups=%d concurrency=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
          lookups,
          concurrency,
          p50,
          p95,
          p99,
          max);
    }
  }

  private ScreenPopLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int lookups = intArg(args, "--lookups", 2000);
    int crmMillis = intArg(args, "--crm-ms", 50);
    boolean ok = true;
    for (int concurrency : new int[] {1, 4}) {
      Figures figures = run(lookups, concurrency, crmMillis, lookups / 10);
      System.out.println("screen pop, CRM answering in " + crmMillis + " ms: " + figures);
      ok &= figures.p95() < 150;
    }
    System.out.println(ok ? "PASS: p95 under 150 ms" : "FAIL: p95 not under 150 ms");
    System.exit(ok ? 0 : 1);
  }

  /** Runs {@code warmUp} then {@code lookups} lookups, {@code concurrency} offered at a time. */
  public static Figures run(int lookups, int concurrency, int crmMillis, int warmUp)
      throws Exception {
    try (MockWebServer hubspot = new MockWebServer()) {
      hubspot.setDispatcher(new SlowHubSpot(crmMillis));
      // The stand-in must not add Nagle + delayed-ACK stalls (~40 ms) a real CRM's stack avoids.
      hubspot.setServerSocketFactory(new NoDelayServerSockets());
      hubspot.start(InetAddress.getLoopbackAddress(), 0);
      HubSpotSettings settings =
          new HubSpotSettings(
              hubspot.url("/").uri(),
              URI.create("https://app.hubspot.com"),
              "4242",
              new CrmAuth.None(),
              "switchboard_call_key",
              Map.of());
      CrmHttp http =
          new CrmHttp(
              new OkHttpClient(), HttpPolicy.defaults(), new ObjectMapper(), Clock.systemUTC());
      CrmConnector crm = HubSpotCrm.create(settings, Credentials.bearer(Secret.of("bench")), http);
      try (ScreenPopService screenPop =
          ScreenPopService.start(
              crm.directory(), "DE", LookupSettings.defaults(), Clock.systemUTC())) {
        measure(screenPop, warmUp, concurrency, 0);
        List<Double> millis = measure(screenPop, lookups, concurrency, warmUp);
        Collections.sort(millis);
        return new Figures(
            lookups,
            concurrency,
            percentile(millis, 0.50),
            percentile(millis, 0.95),
            percentile(millis, 0.99),
            millis.get(millis.size() - 1));
      }
    }
  }

  private static List<Double> measure(
      ScreenPopService screenPop, int lookups, int concurrency, int offset) throws Exception {
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    java.util.Set<Integer> first = java.util.concurrent.ConcurrentHashMap.newKeySet();
    for (int done = 0; done < lookups; done += concurrency) {
      int batch = Math.min(concurrency, lookups - done);
      CountDownLatch populated = new CountDownLatch(batch);
      for (int i = 0; i < batch; i++) {
        int n = offset + done + i;
        long offered = System.nanoTime();
        screenPop.lookup(
            new CallId("bench-" + n),
            "+4930" + (2_000_000 + n),
            card -> {
              if (card instanceof CustomerCard.Matches && first.add(n)) {
                millis.add((System.nanoTime() - offered) / 1e6);
                populated.countDown();
              }
            });
      }
      if (!populated.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("cards did not arrive within 30 s");
      }
      for (int i = 0; i < batch; i++) {
        screenPop.forget(new CallId("bench-" + (offset + done + i)));
      }
    }
    return new ArrayList<>(millis);
  }

  private static double percentile(List<Double> sorted, double q) {
    int index = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }

  /** Server sockets whose accepted connections have Nagle's algorithm off. */
  private static final class NoDelayServerSockets extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws java.io.IOException {
      return new java.net.ServerSocket() {
        @Override
        public java.net.Socket accept() throws java.io.IOException {
          java.net.Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) throws java.io.IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog)
        throws java.io.IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public java.net.ServerSocket createServerSocket(
        int port, int backlog, java.net.InetAddress address) throws java.io.IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }

  /** A HubSpot that answers every request after a fixed delay with documented payloads. */
  private static final class SlowHubSpot extends Dispatcher {
    private final String search = Fixtures.text("/org/switchboard/crm/hubspot/search-one.json");
    private final String contact =
        Fixtures.text("/org/switchboard/crm/hubspot/contact-512-associations.json");
    private final String calls =
        Fixtures.text("/org/switchboard/crm/hubspot/calls-batch-read.json");
    private final String tickets =
        Fixtures.text("/org/switchboard/crm/hubspot/tickets-batch-read.json");
    private final long delayMillis;

    SlowHubSpot(long delayMillis) {
      this.delayMillis = delayMillis;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = String.valueOf(request.getPath());
      String body;
      if (path.endsWith("/contacts/search")) {
        body = search;
      } else if (path.contains("/calls/batch/read")) {
        body = calls;
      } else if (path.contains("/tickets/batch/read")) {
        body = tickets;
      } else {
        body = contact;
      }
      return new MockResponse()
          .setHeader("Content-Type", "application/json")
          .setBody(body)
          .setHeadersDelay(delayMillis, TimeUnit.MILLISECONDS);
    }
  }
}
