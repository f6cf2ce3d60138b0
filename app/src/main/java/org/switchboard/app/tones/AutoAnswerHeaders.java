package org.switchboard.app.tones;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether an offered call's headers ask the softphone to answer by itself ({@code Call-Info: …;
 * answer-after=N}, or an {@code Alert-Info} with {@code info=alert-autoanswer}, {@code intercom} or
 * {@code auto-answer}), as the SIP stack honours them. Untrusted text; pure.
 */
final class AutoAnswerHeaders {
  private static final Pattern CALL_INFO = Pattern.compile("(?i);\\s*answer-after\\s*=");
  private static final Pattern ALERT_INFO =
      Pattern.compile("(?i);\\s*info\\s*=\\s*\"?(alert-autoanswer|intercom|auto-?answer)\\b");

  private AutoAnswerHeaders() {}

  static boolean askFor(Map<String, String> headers) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      String name = h.getKey().toLowerCase(Locale.ROOT);
      String value = ";" + h.getValue();
      if (name.equals("call-info") && CALL_INFO.matcher(value).find()) {
        return true;
      }
      if (name.equals("alert-info") && ALERT_INFO.matcher(value).find()) {
        return true;
      }
    }
    return false;
  }
}
