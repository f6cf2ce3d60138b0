package org.switchboard.crm.internal.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.crm.CrmAuth;
import org.switchboard.testkit.ManualClock;

/**
 * A MockWebServer standing in for a provider's OAuth server (token, device and authorisation
 * endpoints), with the test keychain, clock and sleeper around it.
 */
public final class AuthorizationServerFixture implements AutoCloseable {
  public static final String PREFIX = "crm/test";
  public static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

  public final MockWebServer server = new MockWebServer();
  public final InMemorySecretStore secrets = new InMemorySecretStore();
  public final ManualClock clock = new ManualClock(START);
  public final RecordingSleeper sleeper = new RecordingSleeper(clock);
  public final CrmAuth.OAuth provider;
  public final AuthorizationServer authorizationServer;
  public final TokenVault vault = new TokenVault(secrets, PREFIX);

  public AuthorizationServerFixture() throws IOException {
    this(null);
  }

  public AuthorizationServerFixture(@Nullable String clientSecretKey) throws IOException {
    server.start();
    provider =
        new CrmAuth.OAuth(
            "switchboard-desktop",
            url("/authorize"),
            url("/token"),
            url("/device"),
            List.of("contacts.read", "calls.write"),
            PREFIX,
            clientSecretKey);
    authorizationServer = serverFor(provider);
  }

  public AuthorizationServer serverFor(CrmAuth.OAuth other) {
    return new AuthorizationServer(
        other,
        secrets,
        new OkHttpClient(),
        AuthorizationServer.defaultPolicy(),
        new ObjectMapper(),
        clock);
  }

  public URI url(String path) {
    return server.url(path).uri();
  }

  public static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setHeader("Cache-Control", "no-store")
        .setBody(body);
  }

  /** A token response as RFC 6749 §5.1 shows it. */
  public static MockResponse tokens(String access, @Nullable String refresh, long expiresIn) {
    return json(
        200,
        "{\"access_token\":\""
            + access
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + expiresIn
            + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"")
            + ",\"scope\":\"contacts.read calls.write\"}");
  }

  /** An error response as RFC 6749 §5.2 shows it. */
  public static MockResponse error(String code) {
    return json(
        400, "{\"error\":\"" + code + "\",\"error_description\":\"described by the server\"}");
  }

  /** A secret's text, for assertions; null for null. */
  public static @Nullable String reveal(@Nullable Secret secret) {
    return secret == null ? null : new String(secret.reveal());
  }

  /** The form fields of a recorded request. */
  public static HttpUrl form(RecordedRequest request) {
    return HttpUrl.get("http://form.invalid/?" + request.getBody().readUtf8());
  }

  public RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached the authorisation server");
    }
    return request;
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
