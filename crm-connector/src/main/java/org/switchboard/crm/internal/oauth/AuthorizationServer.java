package org.switchboard.crm.internal.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Secret;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.HttpPolicy;

/**
 * Talks to one provider's token and device authorisation endpoints with form-encoded POSTs.
 *
 * <p>Not {@code CrmHttp}: these endpoints take form bodies and answer errors as 400 with a JSON
 * body that must be read. The same bounds apply: connect and call timeouts, a size cap, and no
 * redirects at all (a token request has no business being redirected). Endpoints must be https,
 * except on this machine. Logs show host, path and status only; never a form field or a body.
 */
public final class AuthorizationServer {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationServer.class);
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

  private final CrmAuth.OAuth provider;
  private final SecretStore secrets;
  private final OkHttpClient client;
  private final HttpPolicy policy;
  private final ObjectMapper json;
  private final Clock clock;

  public AuthorizationServer(
      CrmAuth.OAuth provider,
      SecretStore secrets,
      OkHttpClient base,
      HttpPolicy policy,
      ObjectMapper json,
      Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.policy = policy;
    this.json = json;
    this.clock = clock;
    this.client =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .connectTimeout(policy.connectTimeout())
            .callTimeout(policy.callTimeout())
            .readTimeout(policy.callTimeout())
            .build();
  }

  /** Token answers are a few kilobytes; 64 KiB is generous. */
  public static HttpPolicy defaultPolicy() {
    return HttpPolicy.defaults().withMaxResponseBytes(64 * 1024);
  }

  public CrmAuth.OAuth provider() {
    return provider;
  }

  public Clock clock() {
    return clock;
  }

  /** The token endpoint's host, for messages. */
  public String host() {
    String host = provider.tokenEndpoint().getHost();
    return host == null ? provider.tokenEndpoint().toString() : host;
  }

  /** Whether {@code uri} is https, or http to this machine (a test server). */
  static boolean isSecure(URI uri) {
    String scheme = uri.getScheme();
    String host = uri.getHost();
    return "https".equalsIgnoreCase(scheme)
        || ("http".equalsIgnoreCase(scheme) && host != null && LOOPBACK.contains(host));
  }

  /** Starts a device flow (RFC 8628 §3.1). */
  public DeviceAuthorization authorizeDevice() throws CrmCallFailure {
    URI endpoint = provider.deviceAuthorizationEndpoint();
    if (endpoint == null) {
      throw CrmCallFailure.rejected(host() + " offers no device sign-in; use the browser sign-in");
    }
    FormBody.Builder form = clientAuthentication();
    if (!provider.scopes().isEmpty()) {
      form.add("scope", String.join(" ", provider.scopes()));
    }
    Answer answer = post(endpoint, form.build());
    if (answer.status() == 200 && !answer.body().isMissingNode()) {
      return DeviceAuthorization.read(answer.body(), clock.instant(), answer.host());
    }
    TokenReply.Refused refused = TokenReply.refused(answer.body());
    throw CrmCallFailure.rejected(
        answer.host()
            + " refused the device sign-in ("
            + (refused == null ? "status " + answer.status() : refused.error())
            + ")");
  }

  /**
   * Sends {@code grant} (grant_type and its parameters) to the token endpoint with the client's
   * identification added.
   *
   * @return the tokens, or the refusal with its error code (400/401 with an error body)
   * @throws CrmCallFailure UNAVAILABLE for network trouble, 429 and 5xx; MALFORMED for an
   *     unreadable success; REJECTED for any other answer
   */
  public TokenReply requestToken(Map<String, String> grant) throws CrmCallFailure {
    FormBody.Builder form = clientAuthentication();
    grant.forEach(form::add);
    Answer answer = post(provider.tokenEndpoint(), form.build());
    if (answer.status() == 200) {
      return TokenReply.granted(answer.body(), clock.instant(), answer.host());
    }
    TokenReply.Refused refused = TokenReply.refused(answer.body());
    if (refused != null && (answer.status() == 400 || answer.status() == 401)) {
      return refused;
    }
    throw CrmCallFailure.rejected(
        answer.host() + " answered " + answer.status() + " to a token request");
  }

  /** client_id, plus client_secret for providers that insist on one (RFC 6749 §2.3.1). */
  private FormBody.Builder clientAuthentication() throws CrmCallFailure {
    FormBody.Builder form = new FormBody.Builder().add("client_id", provider.clientId());
    String secretKey = provider.clientSecretKey();
    if (secretKey != null) {
      form.add("client_secret", new String(clientSecret(secretKey).reveal()));
    }
    return form;
  }

  private Secret clientSecret(String key) throws CrmCallFailure {
    try {
      return secrets
          .get(key)
          .orElseThrow(
              () ->
                  CrmCallFailure.rejected(
                      "no OAuth client secret in the keychain under '" + key + "'"));
    } catch (SecretStoreException unavailable) {
      throw CrmCallFailure.rejected("keychain unavailable: " + unavailable.getMessage());
    }
  }

  private record Answer(int status, JsonNode body, String host) {}

  private Answer post(URI endpoint, FormBody form) throws CrmCallFailure {
    HttpUrl url = HttpUrl.get(endpoint);
    if (!isSecure(endpoint)) {
      throw CrmCallFailure.rejected(url.host() + ": OAuth endpoints must use https; refused");
    }
    Request request =
        new Request.Builder().url(url).post(form).header("Accept", "application/json").build();
    try (Response response = execute(request)) {
      LOG.debug("POST {}{} -> {}", url.host(), url.encodedPath(), response.code());
      int status = response.code();
      if (response.isRedirect()) {
        throw CrmCallFailure.rejected(url.host() + " redirected a sign-in request; refused");
      }
      if (status == 429 || status >= 500) {
        throw new CrmCallFailure(
            DirectoryException.Kind.UNAVAILABLE,
            url.host() + " answered " + status,
            status,
            null,
            null);
      }
      JsonNode body = readBody(response, url.host());
      if (status == 200 && body.isMissingNode()) {
        throw CrmCallFailure.malformed(url.host() + " sent a token answer that is not JSON", null);
      }
      return new Answer(status, body, url.host());
    }
  }

  private Response execute(Request request) throws CrmCallFailure {
    try {
      return client.newCall(request).execute();
    } catch (InterruptedIOException timeout) {
      throw unavailable(
          request.url().host()
              + " did not answer within "
              + policy.callTimeout().toMillis()
              + " ms",
          timeout);
    } catch (IOException failure) {
      throw unavailable(
          request.url().host() + " unreachable: " + failure.getClass().getSimpleName(), failure);
    }
  }

  /** The body as JSON, or {@link MissingNode} when it is empty or not JSON. */
  private JsonNode readBody(Response response, String host) throws CrmCallFailure {
    ResponseBody body = response.body();
    if (body == null) {
      return MissingNode.getInstance();
    }
    try {
      BufferedSource source = body.source();
      if (source.request(policy.maxResponseBytes() + 1)) {
        throw CrmCallFailure.malformed(
            host
                + " sent a sign-in answer larger than "
                + policy.maxResponseBytes()
                + " bytes; refused",
            null);
      }
      byte[] bytes = source.getBuffer().readByteArray();
      try {
        JsonNode node = json.readTree(bytes);
        return node == null || !node.isObject() ? MissingNode.getInstance() : node;
      } catch (IOException notJson) {
        return MissingNode.getInstance();
      }
    } catch (InterruptedIOException timeout) {
      throw unavailable(host + " did not finish its answer in time", timeout);
    } catch (IOException failure) {
      throw unavailable(
          host + " broke off its answer: " + failure.getClass().getSimpleName(), failure);
    }
  }

  private static CrmCallFailure unavailable(String message, @Nullable Throwable cause) {
    return new CrmCallFailure(DirectoryException.Kind.UNAVAILABLE, message, 0, null, cause);
  }
}
