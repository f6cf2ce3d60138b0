package org.switchboard.crm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;

/** Vendor payloads from test resources, served by MockWebServer. */
final class Fixtures {
  private Fixtures() {}

  static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(String resource) {
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "application/json;charset=utf-8")
        .setBody(text(resource));
  }
}
