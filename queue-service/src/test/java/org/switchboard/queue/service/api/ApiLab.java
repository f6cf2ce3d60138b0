package org.switchboard.queue.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.Paths;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.WireRole;

/**
 * A real {@link ApiServer} on loopback over an {@link InMemoryCentre}, with users ann and bob
 * (agents), sue (supervisor) and ada (admin), each with the password "secret-" + name.
 */
final class ApiLab implements AutoCloseable {
  static final MediaType JSON = MediaType.get("application/json");

  final InMemoryCentre centre;
  final ApiServer server;
  final InMemoryIdempotencyKeys keys;
  final OkHttpClient http = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();

  ApiLab(Clock clock, ApiSettings settings) {
    this(clock, settings, 0);
  }

  /** A lab on {@code port} (0: any free one), e.g. to restart a service where it was. */
  ApiLab(Clock clock, ApiSettings settings, int port) {
    this.centre = new InMemoryCentre(clock, "ann", "bob");
    this.keys = new InMemoryIdempotencyKeys(1000, Duration.ofHours(1), clock);
    this.server = new ApiServer(centre, users(), keys, settings, clock);
    server.start("127.0.0.1", port);
  }

  /** Settings whose ticker never runs by itself: tests call {@link ApiServer#tick()}. */
  static ApiSettings manualTicks(int replayCapacity) {
    return new ApiSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofHours(1),
        replayCapacity,
        1000,
        Duration.ofHours(1));
  }

  static Users users() {
    Map<String, Users.User> users =
        Map.of(
            "ann", user("ann", WireRole.AGENT),
            "bob", user("bob", WireRole.AGENT),
            "sue", user("sue", WireRole.SUPERVISOR),
            "ada", user("ada", WireRole.ADMIN));
    return id -> Optional.ofNullable(users.get(id));
  }

  private static Users.User user(String id, WireRole role) {
    // Few iterations keep the tests quick; the format is the production one.
    return new Users.User(
        id, "User " + id, role, PasswordHashes.hash(("secret-" + id).toCharArray(), 1000));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Signs {@code user} in with the right password and returns the token. */
  String token(String user) throws IOException {
    Answer a =
        send(
            "POST",
            Paths.SESSIONS,
            null,
            null,
            "{\"user\":\"" + user + "\",\"password\":\"secret-" + user + "\"}");
    if (a.status() != 200) {
      throw new IllegalStateException("sign-in of " + user + " failed: " + a.body());
    }
    return a.json().get("token").asText();
  }

  /** Sends a request; {@code token} and {@code key} are left out when null. */
  Answer send(
      String method,
      String path,
      @Nullable String token,
      @Nullable String key,
      @Nullable String body)
      throws IOException {
    Request.Builder b = new Request.Builder().url(base() + path);
    if (token != null) {
      b.header(Headers.AUTHORIZATION, "Bearer " + token);
    }
    if (key != null) {
      b.header(Headers.IDEMPOTENCY_KEY, key);
    }
    RequestBody rb =
        body == null
            ? (method.equals("GET") ? null : RequestBody.create(new byte[0]))
            : RequestBody.create(body, JSON);
    b.method(method, rb);
    try (Response r = http.newCall(b.build()).execute()) {
      ResponseBody rbody = r.body();
      return new Answer(
          r.code(),
          rbody == null ? "" : rbody.string(),
          r.header(IdempotentCommands.REPLAYED_HEADER));
    }
  }

  /**
   * An HTTP answer.
   *
   * @param status the status
   * @param body the body
   * @param replayed the replay header, or null
   */
  record Answer(int status, String body, @Nullable String replayed) {
    JsonNode json() throws IOException {
      return ProtocolJson.mapper().readTree(body);
    }
  }

  @Override
  public void close() {
    server.stop();
    centre.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
