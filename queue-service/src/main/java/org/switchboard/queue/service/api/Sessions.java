package org.switchboard.queue.service.api;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.protocol.SessionView;

/**
 * Signed-in sessions: opaque random bearer tokens held in memory with their user and role. A token
 * lives for the time to live after its last use, so a client that stays connected (its heartbeats
 * count as use) keeps it. Thread-safe; tokens and passwords are never logged.
 */
final class Sessions {
  private static final Logger log = LoggerFactory.getLogger(Sessions.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Users users;
  private final Duration timeToLive;
  private final Clock clock;
  private final Map<String, Entry> byToken = new ConcurrentHashMap<>();

  Sessions(Users users, Duration timeToLive, Clock clock) {
    this.users = users;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  /** Signs {@code user} in, or refuses with 401 (the same answer for an unknown user). */
  SessionView signIn(String user, String password) {
    Optional<Users.User> found = users.find(user);
    char[] chars = password.toCharArray();
    boolean good;
    try {
      // An unknown user costs a hash too, so timing does not tell which users exist.
      String hash = found.isPresent() ? found.get().passwordHash() : Decoy.HASH;
      good = PasswordHashes.verify(chars, hash) && found.isPresent();
    } catch (IllegalArgumentException e) {
      log.warn("user {} has an unusable password hash: {}", user, e.getMessage());
      good = false;
    } finally {
      java.util.Arrays.fill(chars, '\0');
    }
    if (!good) {
      log.info("refused a sign-in for user {}", user);
      throw ApiProblem.unauthorized("wrong user or password");
    }
    Users.User u = found.get();
    String token = newToken();
    Instant expires = clock.instant().plus(timeToLive);
    byToken.put(token, new Entry(new Principal(u.id(), u.role()), expires));
    log.info("user {} signed in as {}", u.id(), u.role());
    return new SessionView(token, u.id(), u.role(), expires);
  }

  /** The principal behind {@code token}, extending its life; empty when unknown or expired. */
  Optional<Principal> use(String token) {
    Instant now = clock.instant();
    Entry e = byToken.get(token);
    if (e == null) {
      return Optional.empty();
    }
    if (!now.isBefore(e.expires())) {
      byToken.remove(token, e);
      return Optional.empty();
    }
    byToken.replace(token, e, new Entry(e.principal(), now.plus(timeToLive)));
    return Optional.of(e.principal());
  }

  /** Ends the session of {@code token}. */
  void signOut(String token) {
    Entry e = byToken.remove(token);
    if (e != null) {
      log.info("user {} signed out", e.principal().user());
    }
  }

  /** Forgets expired tokens; called now and then by the API's ticker. */
  void purge() {
    Instant now = clock.instant();
    byToken.values().removeIf(e -> !now.isBefore(e.expires()));
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A hash nobody's password matches, made on first need. */
  private static final class Decoy {
    static final String HASH = PasswordHashes.hash(newToken().toCharArray());
  }

  private record Entry(Principal principal, Instant expires) {}
}
