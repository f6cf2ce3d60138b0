package org.switchboard.crm.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.switchboard.crm.internal.http.LogLabel;

/**
 * A URL with {@code {name}} placeholders in its path segments or query values. Each placeholder is
 * first swapped for a sentinel word so that OkHttp parses the template as a URL; values then go in
 * through {@link HttpUrl.Builder#setPathSegment} and {@link HttpUrl.Builder#addQueryParameter}, so
 * they are always encoded (a {@code /}, {@code ?}, {@code &}, {@code #} or {@code +} in a caller's
 * name stays data). Placeholders anywhere else (scheme, user, host, port, query names, fragment)
 * are refused, because nothing would encode them there.
 */
public final class UrlTemplate {
  private static final String MARK = "sbvalue";
  private static final Pattern FILLED = Pattern.compile(MARK + "([a-z]+)" + MARK);
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.[0-9]{1,3}){3}");

  private final HttpUrl url;
  private final Set<String> names;

  private UrlTemplate(HttpUrl url, Set<String> names) {
    this.url = url;
    this.names = names;
  }

  /**
   * A template for requests that carry the connector's credentials: https, or http only to a
   * loopback host (a CRM on this machine, a test server).
   *
   * @param setting the setting's name for messages, e.g. {@code crm.rest.lookupUrl}
   * @param allowed the placeholders this template may use
   * @throws IllegalArgumentException naming {@code setting} when the template is unusable
   */
  public static UrlTemplate parse(String setting, String template, Set<String> allowed) {
    HttpUrl url = marked(setting, template, allowed);
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          setting
              + " must be https (credentials and customer data never travel in clear text),"
              + " or http only to 127.0.0.1, ::1 or localhost");
    }
    return new UrlTemplate(url, allowed);
  }

  /**
   * A template for a link the agent's browser opens: https only, even on loopback, since the
   * customer panel shows nothing else.
   *
   * @throws IllegalArgumentException naming {@code setting} when the template is unusable
   */
  public static UrlTemplate parseLink(String setting, String template, Set<String> allowed) {
    HttpUrl url = marked(setting, template, allowed);
    if (!url.isHttps()) {
      throw new IllegalArgumentException(setting + " must be an https link");
    }
    return new UrlTemplate(url, allowed);
  }

  private static HttpUrl marked(String setting, String template, Set<String> allowed) {
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
    String fragment = url.fragment();
    boolean elsewhere =
        url.username().contains(MARK)
            || url.password().contains(MARK)
            || url.queryParameterNames().stream().anyMatch(n -> n.contains(MARK))
            || (fragment != null && fragment.contains(MARK));
    if (elsewhere) {
      throw new IllegalArgumentException(
          setting + " may have placeholders only in path segments and query values: " + template);
    }
    return url;
  }

  /** Loopback by its literal name or address; no DNS, so no name can be made to point here. */
  static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
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

  /**
   * The URL with {@code values} filled in, or null when a value would make a whole path segment
   * {@code .} or {@code ..}: no encoding keeps those from meaning "this" or "parent" folder, so
   * such a request is not made at all.
   */
  public @Nullable HttpUrl expand(Map<String, String> values) {
    HttpUrl.Builder builder = url.newBuilder();
    for (int i = 0; i < url.pathSegments().size(); i++) {
      String segment = url.pathSegments().get(i);
      if (segment.contains(MARK)) {
        String filled = fill(segment, values);
        if (filled.equals(".") || filled.equals("..")) {
          return null;
        }
        builder.setPathSegment(i, filled);
      }
    }
    String query = url.encodedQuery();
    if (query != null && query.contains(MARK)) {
      // Rebuilt pair by pair so that repeated names and the template's own encoding survive.
      builder.query(null);
      List<String> pairs = List.of(query.split("&", -1));
      for (int i = 0; i < url.querySize(); i++) {
        String value = url.queryParameterValue(i);
        if (value != null && value.contains(MARK)) {
          builder.addQueryParameter(url.queryParameterName(i), fill(value, values));
        } else {
          String[] pair = pairs.get(i).split("=", 2);
          builder.addEncodedQueryParameter(pair[0], pair.length == 2 ? pair[1] : null);
        }
      }
    }
    return builder.build();
  }

  /** One pass, so a value that happens to contain a sentinel is never expanded again. */
  private String fill(String text, Map<String, String> values) {
    Matcher matcher = FILLED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = names.contains(name) ? values.getOrDefault(name, "") : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String braces(Set<String> names) {
    return names.stream().sorted().map(n -> "{" + n + "}").toList().toString();
  }
}
