package org.switchboard.crm.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.customer.DirectoryException;

/**
 * Sends JSON requests to one CRM and reads JSON answers, within an {@link HttpPolicy}.
 *
 * <p>Statuses: 2xx, 404 and 409 come back as a {@link JsonResponse} for the connector to read; 401
 * renews the credentials once and otherwise fails as rejected; 429 and 5xx fail as unavailable with
 * the Retry-After; other 4xx fail as rejected. Redirects are followed only to the same scheme, host
 * and port (a 303 as a GET). Logs show the method, host, path and status, never the query (it
 * carries phone numbers), a header or a body; path segments that may be data are masked ({@link
 * LoggedPath}).
 */
public final class CrmHttp {
  private static final Logger LOG = LoggerFactory.getLogger(CrmHttp.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final HttpPolicy policy;
  private final ObjectMapper json;
  private final Clock clock;

  public CrmHttp(OkHttpClient base, HttpPolicy policy, ObjectMapper json, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
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

  /** A client with its own connection pool, for a connector started on its own. */
  public static CrmHttp create(HttpPolicy policy) {
    return new CrmHttp(new OkHttpClient(), policy, new ObjectMapper(), Clock.systemUTC());
  }

  public ObjectMapper json() {
    return json;
  }

  public JsonResponse get(HttpUrl url, Credentials credentials) throws CrmCallFailure {
    return send("GET", url, null, credentials, new Request.Builder());
  }

  public JsonResponse send(
      String method, HttpUrl url, @Nullable JsonNode body, Credentials credentials)
      throws CrmCallFailure {
    return send(method, url, body, credentials, new Request.Builder());
  }

  /**
   * Sends {@code body} (or nothing) with {@code method}; {@code extra} may carry headers such as an
   * Idempotency-Key.
   */
  public JsonResponse send(
      String method,
      HttpUrl url,
      @Nullable JsonNode body,
      Credentials credentials,
      Request.Builder extra)
      throws CrmCallFailure {
    RequestBody requestBody = body == null ? null : RequestBody.create(serialise(body), JSON);
    if (requestBody == null && (method.equals("POST") || method.equals("PUT"))) {
      requestBody = RequestBody.create(new byte[0], JSON);
    }
    HttpUrl current = url;
    String currentMethod = method;
    boolean renewed = false;
    for (int redirects = 0; ; ) {
      Request.Builder builder =
          extra
              .url(current)
              .method(currentMethod, requestBody)
              .header("Accept", "application/json");
      credentials.apply(builder);
      Request request = builder.build();
      try (Response response = execute(request)) {
        int status = response.code();
        LogLabel label = request.tag(LogLabel.class);
        String shown = label == null ? LoggedPath.of(current) : label.path();
        LOG.debug("{} {}{} -> {}", currentMethod, current.host(), shown, status);
        // 300 Multiple Choices lists alternatives rather than naming one (Salesforce sends it
        // when an external id matches several records): an answer, not a redirect.
        if (response.isRedirect() && status != 300) {
          current = sameOriginRedirect(url, response);
          if (status == 303) {
            // See Other names a different resource to GET (RFC 9110 §15.4.4): sending a create's
            // POST body there again could write twice.
            currentMethod = "GET";
            requestBody = null;
          }
          if (++redirects > policy.maxRedirects()) {
            throw CrmCallFailure.rejected(
                "too many redirects from "
                    + url.host()
                    + " ("
                    + policy.maxRedirects()
                    + " allowed)");
          }
          continue;
        }
        if (status == 401 && !renewed && credentials.renewAfterRejection()) {
          renewed = true;
          continue;
        }
        return interpret(response, current);
      }
    }
  }

  private Response execute(Request request) throws CrmCallFailure {
    try {
      return client.newCall(request).execute();
    } catch (InterruptedIOException timeout) {
      throw new CrmCallFailure(
          DirectoryException.Kind.UNAVAILABLE,
          request.url().host()
              + " did not answer within "
              + policy.callTimeout().toMillis()
              + " ms",
          0,
          null,
          timeout);
    } catch (IOException failure) {
      throw new CrmCallFailure(
          DirectoryException.Kind.UNAVAILABLE,
          request.url().host() + " unreachable: " + failure.getClass().getSimpleName(),
          0,
          null,
          failure);
    }
  }

  private HttpUrl sameOriginRedirect(HttpUrl original, Response response) throws CrmCallFailure {
    String location = response.header("Location");
    HttpUrl target = location == null ? null : response.request().url().resolve(location);
    if (target == null) {
      throw CrmCallFailure.malformed(
          original.host() + " redirected without a usable Location", null);
    }
    boolean sameOrigin =
        target.scheme().equals(original.scheme())
            && target.host().equals(original.host())
            && target.port() == original.port();
    if (!sameOrigin) {
      // Only the origin is named: the Location's path and query may carry data.
      throw CrmCallFailure.rejected(
          original.host()
              + " redirected to another host or port ("
              + target.scheme()
              + "://"
              + target.host()
              + ":"
              + target.port()
              + "); refused");
    }
    return target;
  }

  private JsonResponse interpret(Response response, HttpUrl url) throws CrmCallFailure {
    int status = response.code();
    String host = url.host();
    if (status == 429 || status >= 500) {
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
      throw new CrmCallFailure(
          DirectoryException.Kind.UNAVAILABLE,
          host + " answered " + status + (status == 429 ? " (rate limited)" : ""),
          status,
          retryAfter,
          null);
    }
    if (status == 401 || status == 403) {
      throw new CrmCallFailure(
          DirectoryException.Kind.REJECTED,
          host + " refused the credentials (" + status + ")",
          status,
          null,
          null);
    }
    boolean readable = (status >= 200 && status < 300) || status == 404 || status == 409;
    if (!readable) {
      throw new CrmCallFailure(
          DirectoryException.Kind.REJECTED, host + " answered " + status, status, null, null);
    }
    return new JsonResponse(status, response.headers(), readBody(response, host));
  }

  private JsonNode readBody(Response response, String host) throws CrmCallFailure {
    ResponseBody body = response.body();
    if (body == null) {
      return MissingNode.getInstance();
    }
    try {
      BufferedSource source = body.source();
      long max = policy.maxResponseBytes();
      if (source.request(max + 1)) {
        throw CrmCallFailure.malformed(
            host + " sent an answer larger than " + max + " bytes; refused", null);
      }
      byte[] bytes = source.getBuffer().readByteArray();
      if (bytes.length == 0) {
        return MissingNode.getInstance();
      }
      return json.readTree(bytes);
    } catch (JsonProcessingException notJson) {
      throw CrmCallFailure.malformed(host + " sent an answer that is not JSON", null);
    } catch (InterruptedIOException timeout) {
      throw new CrmCallFailure(
          DirectoryException.Kind.UNAVAILABLE,
          host + " did not finish its answer within " + policy.callTimeout().toMillis() + " ms",
          response.code(),
          null,
          timeout);
    } catch (IOException failure) {
      throw new CrmCallFailure(
          DirectoryException.Kind.UNAVAILABLE,
          host + " broke off its answer: " + failure.getClass().getSimpleName(),
          response.code(),
          null,
          failure);
    }
  }

  private byte[] serialise(JsonNode body) throws CrmCallFailure {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException impossible) {
      throw CrmCallFailure.malformed("could not write the request body", impossible);
    }
  }
}
