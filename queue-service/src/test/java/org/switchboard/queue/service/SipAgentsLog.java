package org.switchboard.queue.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the agents' phones lived through, read from the sipp UAS's message trace in the order the
 * messages arrived: every INVITE to an extension opens a call there, its BYE (or CANCEL) closes it.
 * {@link #doubleBookings} lists each INVITE that reached an extension already in a call.
 */
final class SipAgentsLog {
  private static final Pattern INVITE = Pattern.compile("^INVITE sip:([^@;>\\s]+)@");

  /** sipp's line before each message: dashes and a timestamp. */
  private static final Pattern SEPARATOR = Pattern.compile("^-{10,}.*$", Pattern.MULTILINE);

  private static final Pattern CALL_ID =
      Pattern.compile("^(?:Call-ID|i):\\s*(\\S+)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private final List<String> doubleBookings = new ArrayList<>();
  private final Map<String, Integer> callsPerExtension = new HashMap<>();
  private int invites;

  private SipAgentsLog() {}

  /** Reads sipp's {@code -trace_msg} file text. */
  static SipAgentsLog read(String messages) {
    SipAgentsLog log = new SipAgentsLog();
    Map<String, String> open = new HashMap<>(); // Call-ID -> extension
    Map<String, Integer> inCall = new HashMap<>(); // extension -> calls now
    for (String block : SEPARATOR.split(messages)) {
      String trimmed = block.strip();
      if (!trimmed.contains("message received")) {
        continue;
      }
      String sip = trimmed.substring(trimmed.indexOf('\n') + 1).strip();
      Matcher callId = CALL_ID.matcher(sip);
      if (!callId.find()) {
        continue;
      }
      String id = callId.group(1);
      Matcher invite = INVITE.matcher(sip);
      if (invite.find() && !open.containsKey(id)) {
        String extension = invite.group(1);
        log.invites++;
        log.callsPerExtension.merge(extension, 1, Integer::sum);
        int now = inCall.merge(extension, 1, Integer::sum);
        if (now > 1) {
          log.doubleBookings.add(extension + " got call " + id + " while in another");
        }
        open.put(id, extension);
      } else if (sip.startsWith("BYE ") || sip.startsWith("CANCEL ")) {
        String extension = open.remove(id);
        if (extension != null) {
          inCall.merge(extension, -1, Integer::sum);
        }
      }
    }
    return log;
  }

  List<String> doubleBookings() {
    return doubleBookings;
  }

  int invites() {
    return invites;
  }

  Map<String, Integer> callsPerExtension() {
    return callsPerExtension;
  }
}
