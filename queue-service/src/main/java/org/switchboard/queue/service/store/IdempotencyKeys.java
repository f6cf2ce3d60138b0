package org.switchboard.queue.service.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency keys of mutating requests, scoped per principal: {@link #claim} a key before carrying
 * out a request, {@link #complete} it with the response, and a retry of the same request replays
 * that response while a different request under the same key is a conflict. Blocking; any thread;
 * two racing claims of one key cannot both get {@link IdempotencyClaim.Fresh}, as the key is the
 * table's primary key.
 */
public final class IdempotencyKeys {
  private final Database database;

  public IdempotencyKeys(Database database) {
    this.database = database;
  }

  /**
   * A request's fingerprint for {@link #claim}: SHA-256 over method, path and body.
   *
   * @return 64 hex digits
   */
  public static String requestHash(String method, String path, String body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {method, path, body}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Holds {@code key} for the request with {@code requestHash}, or tells what holds it already. */
  public IdempotencyClaim claim(String principal, String key, String requestHash, Instant now) {
    try {
      return database.transaction(
          "claim idempotency key " + key, c -> tryClaim(c, principal, key, requestHash, now));
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException cause) || !Sql.isDuplicateKey(cause)) {
        throw e;
      }
      // Another request inserted the key between our look and our insert; its row decides.
      return database.transaction(
          "claim idempotency key " + key, c -> tryClaim(c, principal, key, requestHash, now));
    }
  }

  /**
   * Stores the response of the request that holds {@code key}, for replays.
   *
   * @throws StoreException when the key is not held
   */
  public void complete(String principal, String key, int status, String body) {
    database.execute(
        "store the response for idempotency key " + key,
        c -> {
          int changed =
              Sql.update(
                  c,
                  "UPDATE idempotency_keys SET response_status = ?, response_body = ?"
                      + " WHERE principal = ? AND idem_key = ?",
                  status,
                  body,
                  principal,
                  key);
          if (changed != 1) {
            throw new StoreException("idempotency key " + key + " is not held by " + principal);
          }
        });
  }

  /** What is stored under {@code key} for {@code principal}, answered or not. */
  public Optional<IdempotencyRecord> find(String principal, String key) {
    return database.transaction(
        "read idempotency key " + key,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT request_hash, response_status, response_body, created_at"
                      + " FROM idempotency_keys WHERE principal = ? AND idem_key = ?")) {
            Sql.bind(s, principal, key);
            try (ResultSet row = s.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new IdempotencyRecord(
                      Sql.requiredText(row, "request_hash"),
                      row.getObject("response_status", Integer.class),
                      row.getString("response_body"),
                      Sql.requiredInstant(row, "created_at")));
            }
          }
        });
  }

  /** Lets go of a key whose request failed before a response worth replaying, so it may retry. */
  public void release(String principal, String key) {
    database.transaction(
        "release idempotency key " + key,
        c ->
            Sql.update(
                c,
                "DELETE FROM idempotency_keys WHERE principal = ? AND idem_key = ?"
                    + " AND response_status IS NULL",
                principal,
                key));
  }

  /** Forgets keys created before {@code cutoff}; returns how many. */
  public int forgetOlderThan(Instant cutoff) {
    return database.transaction(
        "forget old idempotency keys",
        c -> Sql.update(c, "DELETE FROM idempotency_keys WHERE created_at < ?", cutoff));
  }

  private static IdempotencyClaim tryClaim(
      Connection c, String principal, String key, String requestHash, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT request_hash, response_status, response_body FROM idempotency_keys"
                + " WHERE principal = ? AND idem_key = ?")) {
      Sql.bind(s, principal, key);
      try (ResultSet row = s.executeQuery()) {
        if (row.next()) {
          if (!requestHash.equals(row.getString("request_hash"))) {
            return new IdempotencyClaim.Conflict();
          }
          Integer status = row.getObject("response_status", Integer.class);
          String body = row.getString("response_body");
          return status == null
              ? new IdempotencyClaim.InProgress()
              : new IdempotencyClaim.Replay(status, body == null ? "" : body);
        }
      }
    }
    Sql.update(
        c,
        "INSERT INTO idempotency_keys (principal, idem_key, request_hash, created_at)"
            + " VALUES (?, ?, ?, ?)",
        principal,
        key,
        requestHash,
        now);
    return new IdempotencyClaim.Fresh();
  }
}
