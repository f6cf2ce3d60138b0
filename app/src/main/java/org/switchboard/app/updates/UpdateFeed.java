package org.switchboard.app.updates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The update feed's document (docs/updates.md): {@code {"version": "0.2.0", "url":
 * "https://…/download", "notes": "…"}}; {@code notes} is optional, other fields are ignored.
 */
final class UpdateFeed {
  /** Notes longer than this are cut: the notice is one line. */
  static final int MAX_NOTES = 300;

  private static final ObjectMapper JSON = new ObjectMapper();

  private UpdateFeed() {}

  /**
   * Reads a feed document.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static AvailableUpdate parse(byte[] document) {
    JsonNode feed;
    try {
      feed = JSON.readTree(document);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON");
    }
    if (feed == null || !feed.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Version version = Version.parse(text(feed, "version"));
    URI url = https(text(feed, "url"));
    JsonNode notes = feed.path("notes");
    String shown = notes.isTextual() ? notes.asText().strip() : "";
    if (shown.length() > MAX_NOTES) {
      shown = shown.substring(0, MAX_NOTES) + "…";
    }
    return new AvailableUpdate(version, url, shown);
  }

  private static String text(JsonNode feed, String field) {
    JsonNode value = feed.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
    }
    return value.asText();
  }

  private static URI https(String text) {
    try {
      URI url = new URI(text.strip());
      if (!"https".equals(String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT))
          || url.getHost() == null) {
        throw new IllegalArgumentException("'url' must be an https:// address");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'url' is not an address");
    }
  }
}
