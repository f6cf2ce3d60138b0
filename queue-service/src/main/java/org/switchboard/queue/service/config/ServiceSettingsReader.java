package org.switchboard.queue.service.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.store.StoreSettings;

/**
 * Reads the {@code service} section into {@link ServiceSettings}. Relative paths are taken from the
 * configuration file's directory, so a configuration and its data move together.
 */
final class ServiceSettingsReader {
  private static final int PORT_MAX = 65535;
  private static final String DEFAULT_STORE_FILE = "data/queue-store";
  private static final int DEFAULT_POOL_SIZE = 5;
  private static final int MOST_CONNECTIONS = 100;

  private final Path base;
  private final Map<String, String> env;

  /**
   * @param base the configuration file's directory, absolute
   * @param env the environment, for {@code store.passwordEnv}
   */
  ServiceSettingsReader(Path base, Map<String, String> env) {
    this.base = base;
    this.env = env;
  }

  ServiceSettings read(Section service) {
    ServiceSettings defaults = ServiceSettings.defaults(base);
    Section sip = service.section("sip");
    Section http = service.section("http");
    String sipAddress = address(sip);
    ProxySettings proxy = null;
    String outsideRoute = "";
    Duration outsideRing = ServiceSettings.DEFAULT_OUTSIDE_RING_TIMEOUT;
    if (sip != null) {
      Section proxySection = sip.has("proxy") ? sip.section("proxy") : null;
      proxy = proxySection == null ? null : new ProxySettingsReader(env).read(proxySection);
      outsideRoute = outsideRoute(sip);
      outsideRing =
          sip.duration(
              "outsideRingTimeout", outsideRing, Duration.ofSeconds(5), Duration.ofMinutes(5));
    }
    int sipPort = port(sip, ServiceSettings.DEFAULT_SIP_PORT);
    String httpAddress = address(http);
    int httpPort = port(http, ServiceSettings.DEFAULT_HTTP_PORT);
    Section storeSection = service.section("store");
    StoreSettings store = storeSection == null ? defaults.store() : store(storeSection);
    Path recordings = path(service, "recordings", defaults.recordings());
    Path prompts = path(service, "prompts", defaults.prompts());
    Section media = service.section("media");
    int rtpMin = ServiceSettings.DEFAULT_RTP_PORT_MIN;
    int rtpMax = ServiceSettings.DEFAULT_RTP_PORT_MAX;
    if (media != null) {
      rtpMin = media.integer("rtpPortMin", rtpMin, 1024, PORT_MAX);
      rtpMax = media.integer("rtpPortMax", rtpMax, 1024, PORT_MAX);
      if (rtpMax - rtpMin < 3) {
        media.problem("rtpPortMax", "must be at least rtpPortMin + 3 (two ports a call leg)");
        rtpMax = Math.min(PORT_MAX, rtpMin + 3);
        rtpMin = rtpMax - 3;
      }
      media.finish();
    }
    service.finish();
    return new ServiceSettings(
        sipAddress,
        sipPort,
        httpAddress,
        httpPort,
        store,
        recordings,
        prompts,
        rtpMin,
        rtpMax,
        proxy,
        outsideRoute,
        outsideRing);
  }

  private static String outsideRoute(Section sip) {
    String route = sip.optionalText("outsideRoute");
    if (route == null) {
      return "";
    }
    if (!route.startsWith("sip:") || !route.contains(OutsideNumbers.NUMBER)) {
      sip.problem(
          "outsideRoute",
          "'"
              + route
              + "' is not a SIP URI with "
              + OutsideNumbers.NUMBER
              + " in it, e.g. sip:{number}@gateway.example.com");
    }
    return route;
  }

  private static String address(@Nullable Section listen) {
    if (listen == null) {
      return ServiceSettings.DEFAULT_ADDRESS;
    }
    String address = listen.text("address", ServiceSettings.DEFAULT_ADDRESS);
    if (address.chars().anyMatch(Character::isWhitespace)) {
      listen.problem("address", "'" + address + "' is not a host name or IP address");
    }
    return address;
  }

  private static int port(@Nullable Section listen, int fallback) {
    if (listen == null) {
      return fallback;
    }
    int port = listen.integer("port", fallback, 0, PORT_MAX);
    listen.finish();
    return port;
  }

  private StoreSettings store(Section store) {
    String url = store.optionalText("url");
    String user = store.optionalText("user");
    String password = store.optionalText("password");
    String passwordEnv = store.optionalText("passwordEnv");
    boolean hasFile = store.has("file");
    Path file = path(store, "file", base.resolve(DEFAULT_STORE_FILE));
    int poolSize = store.integer("poolSize", DEFAULT_POOL_SIZE, 1, MOST_CONNECTIONS);
    store.finish();
    if (url == null) {
      if (user != null || password != null || passwordEnv != null) {
        store.problem("user and password go with 'url' (a database server), not the embedded file");
      }
      return new StoreSettings(StoreSettings.embedded(file).url(), null, null, poolSize);
    }
    if (hasFile) {
      store.problem("give either 'url' (a database server) or 'file' (embedded), not both");
    }
    if (!url.startsWith("jdbc:")) {
      store.problem("url", "'" + url + "' is not a JDBC URL (jdbc:postgresql://host/database)");
    }
    return new StoreSettings(url, user, password(store, password, passwordEnv), poolSize);
  }

  private @Nullable String password(
      Section store, @Nullable String password, @Nullable String envName) {
    if (envName == null) {
      return password;
    }
    if (password != null) {
      store.problem("give either 'password' or 'passwordEnv', not both");
    }
    String fromEnv = env.get(envName);
    if (fromEnv == null) {
      store.problem("passwordEnv", "the environment variable " + envName + " is not set");
    }
    return fromEnv;
  }

  private Path path(Section section, String key, Path fallback) {
    String text = section.optionalText(key);
    if (text == null) {
      return fallback;
    }
    try {
      return base.resolve(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      section.problem(key, "'" + text + "' is not a valid path: " + e.getReason());
      return fallback;
    }
  }
}
