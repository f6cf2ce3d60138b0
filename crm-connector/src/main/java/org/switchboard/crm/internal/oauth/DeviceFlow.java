package org.switchboard.crm.internal.oauth;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.crm.OAuthSignIn.Failure;
import org.switchboard.crm.OAuthSignIn.Reason;
import org.switchboard.crm.internal.http.CrmCallFailure;

/**
 * The device authorisation grant (RFC 8628): the user approves on another screen while the app
 * polls the token endpoint. Polls run on the caller's thread and wait through the {@link Sleeper},
 * so tests run a fifteen-minute sign-in in no time.
 */
public final class DeviceFlow {
  static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";

  /** RFC 8628 §3.5: slow_down adds 5 s to the interval for this and all later polls. */
  static final Duration SLOW_DOWN = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(DeviceFlow.class);

  private final AuthorizationServer server;
  private final Sleeper sleeper;

  public DeviceFlow(AuthorizationServer server, Sleeper sleeper) {
    this.server = Objects.requireNonNull(server, "server");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Asks for a device code and the user code to show. */
  public DeviceAuthorization start() throws Failure {
    if (server.provider().deviceAuthorizationEndpoint() == null) {
      throw new Failure(
          Reason.NOT_SUPPORTED, server.host() + " offers no device sign-in; use the browser");
    }
    try {
      DeviceAuthorization authorization = server.authorizeDevice();
      LOG.info(
          "device sign-in started with {}; code valid until {}",
          server.host(),
          authorization.expiresAt());
      return authorization;
    } catch (CrmCallFailure failure) {
      throw Failures.of(failure);
    }
  }

  /**
   * Polls until the user approves, denies, or the code expires.
   *
   * @param cancelled checked before every wait and poll
   */
  public TokenSet await(DeviceAuthorization authorization, BooleanSupplier cancelled)
      throws Failure, InterruptedException {
    Map<String, String> grant =
        Map.of(
            "grant_type",
            GRANT_TYPE,
            "device_code",
            new String(authorization.deviceCode().reveal()));
    Duration interval = authorization.interval();
    while (true) {
      checkLive(authorization, cancelled);
      sleeper.sleep(interval);
      checkLive(authorization, cancelled);
      TokenReply reply;
      try {
        reply = server.requestToken(grant);
      } catch (CrmCallFailure failure) {
        if (!failure.isRetryable()) {
          throw Failures.of(failure);
        }
        // §3.5: on a timeout or an overloaded server, poll less often rather than give up.
        interval = interval.plus(SLOW_DOWN);
        LOG.info(
            "device sign-in: {}; next poll in {} s", failure.getMessage(), interval.toSeconds());
        continue;
      }
      if (reply instanceof TokenReply.Granted granted) {
        LOG.info("device sign-in with {} approved", server.host());
        return granted.tokens();
      }
      String error = ((TokenReply.Refused) reply).error();
      if (error.equals("slow_down")) {
        interval = interval.plus(SLOW_DOWN);
        LOG.debug("device sign-in: slow_down; interval now {} s", interval.toSeconds());
      } else if (!error.equals("authorization_pending")) {
        throw refusal(error);
      }
    }
  }

  private void checkLive(DeviceAuthorization authorization, BooleanSupplier cancelled)
      throws Failure {
    if (cancelled.getAsBoolean()) {
      throw new Failure(Reason.CANCELLED, "sign-in with " + server.host() + " cancelled");
    }
    if (!server.clock().instant().isBefore(authorization.expiresAt())) {
      throw new Failure(
          Reason.EXPIRED, "the sign-in code for " + server.host() + " expired; start again");
    }
  }

  private Failure refusal(String error) {
    switch (error) {
      case "access_denied":
        return new Failure(Reason.DENIED, "sign-in with " + server.host() + " was declined");
      case "expired_token":
        return new Failure(
            Reason.EXPIRED, "the sign-in code for " + server.host() + " expired; start again");
      default:
        return new Failure(Reason.REFUSED, server.host() + " refused the sign-in (" + error + ")");
    }
  }
}
