package org.switchboard.queue.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.Problem;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.service.api.IdempotencyKeys.StoredAnswer;

/**
 * Runs mutating requests at most once per {@code Idempotency-Key}: the first answer (success or the
 * centre's refusal) is stored and replayed for the same request; the key used for a different
 * request, or while its first request is still running, is refused with 409. Errors of the API
 * itself (auth, role, body) and unexpected failures are not stored, so a corrected retry works.
 */
final class IdempotentCommands {
  /** Set on a replayed answer, so clients and logs can tell. */
  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final int MAX_KEY_LENGTH = 200;

  private final IdempotencyKeys keys;
  private final Clock clock;
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  IdempotentCommands(IdempotencyKeys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * An answer to send.
   *
   * @param status the HTTP status
   * @param body what to send as JSON, or null for no body
   */
  record Answer(int status, @Nullable Object body) {
    static Answer ok(Object body) {
      return new Answer(200, body);
    }

    static Answer noContent() {
      return new Answer(204, null);
    }
  }

  /** Runs {@code command} for {@code who}, or replays or refuses by the request's key. */
  void run(Context ctx, Principal who, Supplier<Answer> command) {
    String key = ctx.header(Headers.IDEMPOTENCY_KEY);
    if (key == null || key.isBlank()) {
      throw ApiProblem.badRequest(
          "missing header " + Headers.IDEMPOTENCY_KEY + ": every change needs one");
    }
    if (key.length() > MAX_KEY_LENGTH) {
      throw ApiProblem.badRequest(
          "header "
              + Headers.IDEMPOTENCY_KEY
              + " is longer than "
              + MAX_KEY_LENGTH
              + " characters");
    }
    String fingerprint = fingerprint(ctx, who);
    Optional<StoredAnswer> stored = keys.find(key);
    if (stored.isPresent()) {
      replay(ctx, key, fingerprint, stored.get());
      return;
    }
    if (!running.add(key)) {
      throw new ApiProblem(
          409,
          "idempotency key in use",
          "a request with this " + Headers.IDEMPOTENCY_KEY + " is still running");
    }
    try {
      Answer answer;
      try {
        answer = command.get();
      } catch (CentreGateway.Refusal r) {
        answer =
            new Answer(
                r.status(), new Problem(r.status(), r.title(), String.valueOf(r.getMessage())));
      }
      StoredAnswer mine =
          new StoredAnswer(fingerprint, answer.status(), json(answer.body()), clock.instant());
      StoredAnswer kept = keys.putIfAbsent(key, mine);
      if (kept != mine) {
        // Another node answered the same key first; its answer is the one that counts.
        replay(ctx, key, fingerprint, kept);
        return;
      }
      send(ctx, mine);
    } finally {
      running.remove(key);
    }
  }

  private static void replay(Context ctx, String key, String fingerprint, StoredAnswer stored) {
    if (!stored.fingerprint().equals(fingerprint)) {
      throw new ApiProblem(
          409,
          "idempotency key reused",
          "this "
              + Headers.IDEMPOTENCY_KEY
              + " was first used for a different request (method, path, body or user); use a new key"
              + " for a new command");
    }
    ctx.header(REPLAYED_HEADER, "true");
    send(ctx, stored);
  }

  private static void send(Context ctx, StoredAnswer answer) {
    ctx.status(answer.status());
    if (!answer.body().isEmpty()) {
      ctx.contentType("application/json").result(answer.body());
    }
  }

  private static String json(@Nullable Object body) {
    if (body == null) {
      return "";
    }
    try {
      return ProtocolJson.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
    }
  }

  static String fingerprint(Context ctx, Principal who) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String head = ctx.method().name() + "\n" + ctx.path() + "\n" + who.user() + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update(ctx.bodyAsBytes());
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
