package org.switchboard.queue.service.config;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.store.StoreSettings;

/**
 * The queue service's own settings, the {@code service} section of the configuration file. The
 * defaults ({@link #defaults(Path)}) serve a local run on loopback.
 *
 * @param sipAddress the address the SIP front end listens on (customers' calls, agents'
 *     registrations)
 * @param sipPort its UDP/TCP port; 0 takes any free port
 * @param httpAddress the address of the REST and WebSocket API
 * @param httpPort its port; 0 takes any free port
 * @param store where interactions and states are kept (the store's own settings type)
 * @param recordings the directory calls are recorded into, absolute
 * @param prompts the directory of IVR and queue prompts, absolute
 * @param proxy the external proxy agents are reached through; null: the service's own registrar
 * @param outsideRoute where a transfer to an outside number goes, a SIP URI with {@code {number}}
 *     in it (e.g. {@code sip:{number}@gateway.example.com}); empty: in proxy mode {@code
 *     sip:{number}@<proxy domain>} through the proxy, otherwise only targets written as SIP URIs
 * @param outsideRingTimeout how long an outside number may ring before a transfer to it fails
 */
public record ServiceSettings(
    String sipAddress,
    int sipPort,
    String httpAddress,
    int httpPort,
    StoreSettings store,
    Path recordings,
    Path prompts,
    int rtpPortMin,
    int rtpPortMax,
    @Nullable ProxySettings proxy,
    String outsideRoute,
    Duration outsideRingTimeout) {
  /** Default SIP port: 5060 is left to the desktop softphone running on the same machine. */
  public static final int DEFAULT_SIP_PORT = 5070;

  /** Default HTTP port of the API. */
  public static final int DEFAULT_HTTP_PORT = 8070;

  /** Default ring time of outside numbers before a transfer to one fails. */
  public static final Duration DEFAULT_OUTSIDE_RING_TIMEOUT = Duration.ofSeconds(30);

  /** Default address of both: loopback, so a local run is not reachable from the network. */
  public static final String DEFAULT_ADDRESS = "127.0.0.1";

  /** The first RTP port of the default media range (two ports a call leg). */
  public static final int DEFAULT_RTP_PORT_MIN = 30000;

  /**
   * The last RTP port of the default media range: 2000 ports, 1000 call legs, 500 bridged calls.
   * The range also bounds the calls the SIP front end accepts.
   */
  public static final int DEFAULT_RTP_PORT_MAX = 31999;

  public ServiceSettings {
    Objects.requireNonNull(sipAddress, "sipAddress");
    Objects.requireNonNull(httpAddress, "httpAddress");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(recordings, "recordings");
    Objects.requireNonNull(prompts, "prompts");
    Objects.requireNonNull(outsideRoute, "outsideRoute");
    Objects.requireNonNull(outsideRingTimeout, "outsideRingTimeout");
    checkPort(sipPort);
    checkPort(httpPort);
    checkPort(rtpPortMin);
    checkPort(rtpPortMax);
    if (rtpPortMin < 1024 || rtpPortMax - rtpPortMin < 3) {
      throw new IllegalArgumentException(
          "the RTP ports need at least 4 ports above 1023, were " + rtpPortMin + "-" + rtpPortMax);
    }
  }

  /**
   * The settings a file without a {@code service} section gets: loopback, ports {@value
   * #DEFAULT_SIP_PORT} and {@value #DEFAULT_HTTP_PORT}, and under {@code base} (the configuration
   * file's directory) the embedded store {@code data/queue-store}, recordings in {@code
   * data/recordings} and prompts in {@code prompts}; agents register at the service.
   */
  public static ServiceSettings defaults(Path base) {
    Path dir = base.toAbsolutePath().normalize();
    return new ServiceSettings(
        DEFAULT_ADDRESS,
        DEFAULT_SIP_PORT,
        DEFAULT_ADDRESS,
        DEFAULT_HTTP_PORT,
        StoreSettings.embedded(dir.resolve("data/queue-store")),
        dir.resolve("data/recordings"),
        dir.resolve("prompts"),
        DEFAULT_RTP_PORT_MIN,
        DEFAULT_RTP_PORT_MAX,
        null,
        "",
        DEFAULT_OUTSIDE_RING_TIMEOUT);
  }

  /** The SIP listen address and port (resolves the address). */
  public InetSocketAddress sipListen() {
    return new InetSocketAddress(sipAddress, sipPort);
  }

  /** The HTTP listen address and port (resolves the address). */
  public InetSocketAddress httpListen() {
    return new InetSocketAddress(httpAddress, httpPort);
  }

  private static void checkPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is 0..65535, was " + port);
    }
  }
}
