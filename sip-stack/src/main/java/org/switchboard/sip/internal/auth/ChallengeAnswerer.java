package org.switchboard.sip.internal.auth;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.core.Secret;
import org.switchboard.sip.internal.auth.AuthDecision.Refusal;

/**
 * Decides whether to answer a digest challenge and computes the answer. The rules keep credentials
 * from leaking and wrong passwords from looping:
 *
 * <ul>
 *   <li>only requests that went to the account's registrar/proxy are answered (a peer that
 *       challenges a BYE gets nothing);
 *   <li>only a challenge for the account's realm (its domain) is answered;
 *   <li>each request is answered once; again only when the server says {@code stale=true}, at most
 *       twice.
 * </ul>
 *
 * Of several acceptable challenges the strongest algorithm wins (RFC 8760 section 2.4). Used on
 * {@code sip-events}.
 */
public final class ChallengeAnswerer {
  private static final int MAX_STALE_ANSWERS = 2;
  private static final int MAX_REMEMBERED_NONCES = 32;

  private final String username;
  private final Secret password;
  private final String realm;
  private final Supplier<String> cnonces;
  private final Map<String, Long> nonceCounts = new LinkedHashMap<>();

  /**
   * @param username the digest user name
   * @param password the digest password
   * @param realm the account's realm (its SIP domain)
   * @param cnonces makes client nonces
   */
  public ChallengeAnswerer(
      String username, Secret password, String realm, Supplier<String> cnonces) {
    this.username = username;
    this.password = password;
    this.realm = realm;
    this.cnonces = cnonces;
  }

  /**
   * Decides about {@code challenges} received for a request of {@code method} to {@code digestUri}.
   *
   * @param sentToAccountServer whether the request went to the account's registrar/proxy
   * @param round this request's answers so far; updated when an answer is returned
   */
  public AuthDecision decide(
      List<DigestChallenge> challenges,
      String method,
      String digestUri,
      boolean sentToAccountServer,
      ChallengeRound round) {
    if (!sentToAccountServer) {
      return new AuthDecision.Refuse(Refusal.NOT_OUR_SERVER);
    }
    if (challenges.isEmpty()) {
      return new AuthDecision.Refuse(Refusal.UNSUPPORTED);
    }
    Optional<DigestChallenge> chosen =
        challenges.stream()
            .filter(this::sameRealm)
            .max(Comparator.comparing(DigestChallenge::algorithm));
    if (chosen.isEmpty()) {
      return new AuthDecision.Refuse(Refusal.FOREIGN_REALM);
    }
    DigestChallenge challenge = chosen.get();
    boolean again = round.answered() > 0;
    if (again && (!challenge.stale() || round.staleAnswered() >= MAX_STALE_ANSWERS)) {
      return new AuthDecision.Refuse(Refusal.ALREADY_ANSWERED);
    }
    AuthDecision decision = answer(challenge, method, digestUri);
    if (decision instanceof AuthDecision.Answer) {
      round.recordAnswer(again);
    }
    return decision;
  }

  /**
   * Answers {@code challenge} again, unasked, for a new request to the same server (a REGISTER
   * refresh): the nonce is reused with the next nonce count, saving a round trip. The caller checks
   * that the request goes to the account's registrar; a server that no longer accepts the nonce
   * challenges anew, and that challenge is answered as usual.
   */
  public AuthDecision reuse(DigestChallenge challenge, String method, String digestUri) {
    if (!sameRealm(challenge)) {
      return new AuthDecision.Refuse(Refusal.FOREIGN_REALM);
    }
    return answer(challenge, method, digestUri);
  }

  private boolean sameRealm(DigestChallenge challenge) {
    return challenge.realm().toLowerCase(Locale.ROOT).equals(realm.toLowerCase(Locale.ROOT));
  }

  private AuthDecision answer(DigestChallenge challenge, String method, String digestUri) {
    char[] secret = password.reveal();
    try {
      DigestAnswer answer =
          DigestAnswer.compute(
              challenge,
              username,
              secret,
              method,
              digestUri,
              cnonces.get(),
              nextNonceCount(challenge.nonce()));
      return new AuthDecision.Answer(challenge.answerHeaderName(), answer.headerValue(), challenge);
    } catch (IllegalArgumentException e) {
      return new AuthDecision.Refuse(Refusal.UNSUPPORTED);
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  private long nextNonceCount(String nonce) {
    long next = nonceCounts.getOrDefault(nonce, 0L) + 1;
    nonceCounts.remove(nonce);
    nonceCounts.put(nonce, next);
    while (nonceCounts.size() > MAX_REMEMBERED_NONCES) {
      nonceCounts.remove(nonceCounts.keySet().iterator().next());
    }
    return next;
  }
}
