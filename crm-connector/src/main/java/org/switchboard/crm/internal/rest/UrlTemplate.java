package org.switchboard.crm.internal.rest;

import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.switchboard.crm.internal.http.LogLabel;

/**
 * A URL with {@code {name}} placeholders in its path segments or query values. Values are put in
 * through OkHttp's builder, so they are always encoded (a {@code /}, {@code ?}, {@code &} or {@code
 * +} in a caller's name stays data). Placeholders in the scheme, host or port are refused.
 */
public final class UrlTemplate {
  private static final String MARK = "sbvalue";

  private final HttpUrl url;
  private final Set<String> names;

  private UrlTemplate(HttpUrl url, Set<String> names) {
    this.url = url;
    this.names = names;
  }

  /**
   * @param setting the setting's name for messages, e.g. {@code crm.rest.lookupUrl}
   * @param allowed the placeholders this template may use
   * @throws IllegalArgumentException naming {@code setting} when the template is unusable
   */
  public static UrlTemplate parse(String setting, String template, Set<String> allowed) {
    String marked = template;
    for (String name : allowed) {
      marked = marked.replace("{" + name + "}", MARK + name + MARK);
    }
    if (marked.contains("{") || marked.contains("}")) {
      throw new IllegalArgumentException(
          setting + " uses a placeholder other than " + braces(allowed) + ": " + template);
    }
    HttpUrl url = HttpUrl.parse(marked);
    if (url == null) {
      throw new IllegalArgumentException(setting + " is not an http(s) URL: " + template);
    }
    if (url.host().contains(MARK)) {
      throw new IllegalArgumentException(setting + " may not have a placeholder in its host");
    }
    boolean loopback = url.host().equals("127.0.0.1") || url.host().equals("localhost");
    if (!url.isHttps() && !loopback) {
      throw new IllegalArgumentException(
          setting + " must be https (credentials never travel in clear text): " + template);
    }
    return new UrlTemplate(url, allowed);
  }

  public HttpUrl host() {
    return url;
  }

  /** The template's path with its placeholders, for log lines: {@code /people/{text}}. */
  public LogLabel logLabel() {
    String path = url.encodedPath();
    for (String name : names) {
      path = path.replace(MARK + name + MARK, "{" + name + "}");
    }
    return new LogLabel(path);
  }

  /** The URL with {@code values} filled in. */
  public HttpUrl expand(Map<String, String> values) {
    HttpUrl.Builder builder = url.newBuilder();
    for (int i = 0; i < url.pathSegments().size(); i++) {
      String segment = url.pathSegments().get(i);
      if (segment.contains(MARK)) {
        builder.setPathSegment(i, fill(segment, values));
      }
    }
    for (String name : url.queryParameterNames()) {
      String value = url.queryParameter(name);
      if (value != null && value.contains(MARK)) {
        builder.setQueryParameter(name, fill(value, values));
      }
    }
    return builder.build();
  }

  private String fill(String text, Map<String, String> values) {
    String out = text;
    for (String name : names) {
      out = out.replace(MARK + name + MARK, values.getOrDefault(name, ""));
    }
    return out;
  }

  private static String braces(Set<String> names) {
    return names.stream().sorted().map(n -> "{" + n + "}").toList().toString();
  }
}
