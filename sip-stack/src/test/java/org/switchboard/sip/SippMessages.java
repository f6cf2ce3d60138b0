package org.switchboard.sip;

import java.util.ArrayList;
import java.util.List;

/** Reads the SIP messages out of a sipp message log ({@code -trace_msg}). */
final class SippMessages {
  private SippMessages() {}

  /** Every message in {@code log} whose first line starts with {@code start}, in order. */
  static List<String> starting(String log, String start) {
    List<String> found = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = log.indexOf("\n" + start, from);
      if (at < 0) {
        return found;
      }
      int end = log.indexOf("\n\n", at + 1);
      int crlfEnd = log.indexOf("\r\n\r\n", at + 1);
      if (crlfEnd >= 0 && (end < 0 || crlfEnd < end)) {
        end = crlfEnd;
      }
      found.add(log.substring(at + 1, end < 0 ? log.length() : end));
      from = at + 1;
    }
  }

  /** The header lines of {@code message} named {@code name} (case-insensitive), values only. */
  static List<String> header(String message, String name) {
    List<String> values = new ArrayList<>();
    for (String line : message.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        values.add(line.substring(colon + 1).trim());
      }
    }
    return values;
  }
}
