package org.switchboard.app.incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Localizer;

/**
 * An offer's attached data as the incoming-call card shows it: one line per entry ("Caller number:
 * 3190", "Account number: 4711"), the caller's and the dialled number first, then the rest by key.
 * Known keys have translated labels ({@code incoming.data.<key>}); others show their key. SIP
 * headers, which a standalone offer carries as its data, are left out (the card shows their queue
 * and wait already). Values are untrusted text, sanitised to one line.
 */
final class AttachedData {
  /** At most this many lines, so a chatty IVR cannot push the buttons off the card. */
  static final int MAX_LINES = 8;

  private static final List<String> FIRST = List.of("ani", "dnis");
  private static final Pattern NUMBER = Pattern.compile("[0-9+*#().\\- ]+");
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';

  private AttachedData() {}

  /** The lines for {@code data} in the localizer's language; empty for no shown data. */
  static List<String> lines(Map<String, String> data, Localizer localizer) {
    List<String> keys = new ArrayList<>();
    for (String key : FIRST) {
      if (data.containsKey(key)) {
        keys.add(key);
      }
    }
    data.keySet().stream().filter(k -> !FIRST.contains(k) && shown(k)).sorted().forEach(keys::add);
    List<String> lines = new ArrayList<>();
    for (String key : keys) {
      String value = SanitizedText.line(data.get(key));
      if (value.isEmpty() || lines.size() == MAX_LINES) {
        continue;
      }
      String label =
          Localizer.find(localizer.language(), "incoming.data." + key)
              .orElse(SanitizedText.line(key));
      lines.add(localizer.get("incoming.data.line", label, isolated(value, localizer)));
    }
    return lines;
  }

  /**
   * In a right-to-left language a number keeps its left-to-right order (LRI); other values take the
   * direction of their own first letter (FSI), so a Persian value reads right to left.
   */
  private static String isolated(String value, Localizer localizer) {
    if (!localizer.language().rightToLeft()) {
      return value;
    }
    return NUMBER.matcher(value).matches()
        ? IncomingCall.isolateLtr(value, localizer.language())
        : FSI + value + PDI;
  }

  private static boolean shown(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return !k.startsWith("x-") && !k.equals("call-info") && !k.equals("alert-info");
  }
}
