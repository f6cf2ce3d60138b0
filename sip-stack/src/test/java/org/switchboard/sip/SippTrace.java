package org.switchboard.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.testkit.Sipp;

/**
 * The SIP messages sipp received, read from its {@code -trace_msg} log: what the peer really saw,
 * for assertions.
 */
final class SippTrace {
  private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{1,6})");

  /** One received message and when sipp logged it (seconds since midnight). */
  record Received(double atSeconds, String text) {
    /** The first line, e.g. {@code REGISTER sip:example.org SIP/2.0}. */
    String startLine() {
      return text.lines().findFirst().orElse("");
    }

    /** The value of the first header named {@code name} (case-insensitive), if any. */
    Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return text.lines()
          .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(l -> l.substring(prefix.length()).trim())
          .findFirst();
    }

    /** The CSeq number. */
    long cseq() {
      return Long.parseLong(header("CSeq").orElseThrow().split("\\s+")[0]);
    }
  }

  private SippTrace() {}

  /** The requests of {@code method} sipp received, in order. */
  static List<Received> requests(Sipp sipp, String method) {
    List<Received> found = new ArrayList<>();
    for (Received r : received(sipp.messages())) {
      if (r.startLine().startsWith(method + " ")) {
        found.add(r);
      }
    }
    return found;
  }

  /** Waits until sipp has received {@code count} requests of {@code method}, polling its log. */
  static void awaitRequests(Sipp sipp, String method, int count, java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (requests(sipp, method).size() < count) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            "sipp did not receive "
                + count
                + " "
                + method
                + " within "
                + timeout
                + ":\n"
                + sipp.messages());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Every message in a sipp message log marked as received. */
  static List<Received> received(String log) {
    List<Received> found = new ArrayList<>();
    String[] blocks = log.split("(?m)^-{10,}");
    for (String block : blocks) {
      int firstBreak = block.indexOf('\n');
      if (firstBreak < 0) {
        continue;
      }
      String stamp = block.substring(0, firstBreak);
      String rest = block.substring(firstBreak + 1);
      int secondBreak = rest.indexOf('\n');
      if (secondBreak < 0 || !rest.substring(0, secondBreak).contains("received")) {
        continue;
      }
      found.add(new Received(seconds(stamp), rest.substring(secondBreak + 1).strip()));
    }
    return found;
  }

  private static double seconds(String stamp) {
    Matcher m = TIME.matcher(stamp);
    if (!m.find()) {
      return -1;
    }
    return Integer.parseInt(m.group(1)) * 3600
        + Integer.parseInt(m.group(2)) * 60
        + Integer.parseInt(m.group(3))
        + Double.parseDouble("0." + m.group(4));
  }
}
