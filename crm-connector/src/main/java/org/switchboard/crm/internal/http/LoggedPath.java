package org.switchboard.crm.internal.http;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * A URL's path as logs may show it. Paths carry data too: a generic REST template may put the
 * caller's number or a searched name into a segment ({@code /api/by-phone/%2B4930…}), and vendors
 * put record ids there. So only segments that read as an API's own vocabulary (plain words such as
 * {@code contacts} or {@code Switchboard_Call_Key__c}, and versions such as {@code v3} or {@code
 * v60.0}) are shown; any other segment, one with a digit, an escape or a sign, shows as {@code •}.
 */
final class LoggedPath {
  private static final Pattern WORD = Pattern.compile("[A-Za-z_.-]{1,64}");
  private static final Pattern VERSION = Pattern.compile("v[0-9]{1,3}(\\.[0-9]{1,3})?");

  private LoggedPath() {}

  static String of(HttpUrl url) {
    StringBuilder path = new StringBuilder();
    for (String segment : url.encodedPathSegments()) {
      path.append('/');
      if (segment.isEmpty() || WORD.matcher(segment).matches()) {
        path.append(segment);
      } else if (VERSION.matcher(segment).matches()) {
        path.append(segment);
      } else {
        path.append('•');
      }
    }
    return path.toString();
  }
}
