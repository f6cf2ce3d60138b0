package org.switchboard.sip.internal.invite;

import java.time.Duration;
import java.util.ListIterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.header.Header;
import javax.sip.message.Request;

/**
 * Whether a server asks for an INVITE to be answered by itself, and after how long: {@code
 * Call-Info: <uri>;answer-after=N} (N seconds), or {@code Alert-Info: <uri>;info=alert-autoanswer}
 * (also {@code info=intercom} and {@code info=auto-answer}, as common PBXs send it) with an
 * optional {@code delay=N}, else at once. Delays are capped at {@link #MAX_DELAY}. The headers are
 * untrusted: anything else is no request. Pure.
 */
final class AutoAnswerRequest {
  /** The longest delay honoured; a larger one is cut to this. */
  static final Duration MAX_DELAY = Duration.ofSeconds(60);

  private static final Pattern ANSWER_AFTER =
      Pattern.compile("(?i);\\s*answer-after\\s*=\\s*\"?(\\d{1,6})");
  private static final Pattern ALERT_INFO =
      Pattern.compile("(?i);\\s*info\\s*=\\s*\"?(alert-autoanswer|intercom|auto-?answer)\\b");
  private static final Pattern DELAY = Pattern.compile("(?i);\\s*delay\\s*=\\s*\"?(\\d{1,6})");

  private AutoAnswerRequest() {}

  /** The delay {@code invite} asks for, or empty when it does not ask for auto-answer. */
  static Optional<Duration> of(Request invite) {
    for (String value : values(invite, "Call-Info")) {
      Matcher m = ANSWER_AFTER.matcher(value);
      if (m.find()) {
        return Optional.of(seconds(m.group(1)));
      }
    }
    for (String value : values(invite, "Alert-Info")) {
      if (ALERT_INFO.matcher(value).find()) {
        Matcher delay = DELAY.matcher(value);
        return Optional.of(delay.find() ? seconds(delay.group(1)) : Duration.ZERO);
      }
    }
    return Optional.empty();
  }

  private static Duration seconds(String digits) {
    Duration asked = Duration.ofSeconds(Long.parseLong(digits));
    return asked.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : asked;
  }

  private static java.util.List<String> values(Request request, String name) {
    java.util.List<String> values = new java.util.ArrayList<>();
    ListIterator<?> headers = request.getHeaders(name);
    while (headers != null && headers.hasNext() && values.size() < 8) {
      Object header = headers.next();
      String text = header instanceof Header h ? h.toString() : String.valueOf(header);
      int colon = text.indexOf(':');
      // Leading ';' so that "info=..." with no URI before it matches like a parameter.
      values.add(";" + (colon >= 0 ? text.substring(colon + 1) : text).trim());
    }
    return values;
  }
}
