package org.switchboard.app.history;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.InvalidDialLinkException;
import org.switchboard.core.call.PhoneNumber;

/**
 * Turns history entries into rows in the current language: localised times and digits (Persian
 * digits for Persian), durations, the kind's name, and the untrusted remote texts sanitised. Used
 * on the JavaFX application thread.
 */
final class HistoryRows {
  private final Localizer localizer;
  private final ZoneId zone;

  HistoryRows(Localizer localizer, ZoneId zone) {
    this.localizer = localizer;
    this.zone = zone;
  }

  HistoryRow row(HistoryEntry e) {
    Locale locale = localizer.language().locale();
    String kindName = localizer.get("history.kind." + e.kind().name().toLowerCase(Locale.ROOT));
    boolean withheld = withheld(e);
    String name = withheld ? localizer.get("history.withheld") : SanitizedText.line(e.remoteName());
    String number =
        withheld
            ? ""
            : SanitizedText.line(e.remoteNumber() != null ? e.remoteNumber() : e.remoteUri());
    String time =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withDecimalStyle(DecimalStyle.of(locale))
            .withZone(zone)
            .format(e.started());
    String duration = duration(e, locale);
    String disposition = SanitizedText.line(e.disposition());
    List<String> parts = new ArrayList<>(List.of(kindName));
    for (String part : List.of(name, number, time, duration, disposition)) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return new HistoryRow(
        e.call(),
        e.kind(),
        kindName,
        name,
        number,
        time,
        duration,
        disposition,
        callBackTarget(e),
        String.join(localizer.get("history.separator"), parts));
  }

  private String duration(HistoryEntry e, Locale locale) {
    if (e.answered() == null) {
      return e.kind() == HistoryEntry.Kind.MISSED ? "" : localizer.get("history.notAnswered");
    }
    return clock(e.duration(), DecimalStyle.of(locale).getZeroDigit());
  }

  /** {@code 1:05} or {@code 1:02:03}, in the digits that start at {@code zero}. */
  static String clock(Duration d, char zero) {
    long seconds = d.getSeconds();
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    String ascii =
        hours > 0
            ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
            : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    StringBuilder out = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return out.toString();
  }

  /**
   * What "call back" dials: the number, else a dialable SIP address; null when neither, and for
   * withheld callers ({@code sip:anonymous@anonymous.invalid}, RFC 3323: the {@code .invalid}
   * domain never resolves).
   */
  static @Nullable String callBackTarget(HistoryEntry e) {
    String number = e.remoteNumber();
    if (number != null && PhoneNumber.isDialable(number)) {
      return number;
    }
    if (withheld(e)) {
      return null;
    }
    try {
      return DialLink.parse(e.remoteUri()).target();
    } catch (InvalidDialLinkException notDialable) {
      return null;
    }
  }

  /**
   * Whether the caller withheld their identity: no number, and an address in the {@code .invalid}
   * domain ({@code sip:anonymous@anonymous.invalid}, RFC 3323), which never resolves.
   */
  static boolean withheld(HistoryEntry e) {
    if (e.remoteNumber() != null) {
      return false;
    }
    String uri = e.remoteUri().toLowerCase(Locale.ROOT);
    int at = uri.indexOf('@');
    String host = uri.substring(at + 1).split("[;:>?]", 2)[0];
    return host.endsWith(".invalid") || host.equals("invalid") || uri.startsWith("sip:anonymous@");
  }
}
