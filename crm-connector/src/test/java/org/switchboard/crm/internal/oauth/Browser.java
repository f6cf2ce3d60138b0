package org.switchboard.crm.internal.oauth;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Plays the user's browser arriving at the loopback redirect. */
public final class Browser {
  private static final OkHttpClient CLIENT =
      new OkHttpClient.Builder()
          .followRedirects(false)
          .callTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .build();

  /** What the browser got: status, content type and page. */
  public record Page(int status, String contentType, String html, String referrerPolicy) {}

  private Browser() {}

  /** Follows the provider's redirect to {@code redirectUri} with {@code query} appended. */
  public static Page arrive(URI redirectUri, String query) throws IOException {
    return get(HttpUrl.get(redirectUri + "?" + query));
  }

  public static Page get(HttpUrl url) throws IOException {
    try (Response response = CLIENT.newCall(new Request.Builder().url(url).build()).execute()) {
      ResponseBody body = response.body();
      return new Page(
          response.code(),
          response.header("Content-Type", ""),
          body == null ? "" : body.string(),
          response.header("Referrer-Policy", ""));
    }
  }
}
