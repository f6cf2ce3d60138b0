package org.switchboard.app.testcall;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a test call goes: a contact centre's entry number at its SIP front end, e.g. {@code
 * sip:100@127.0.0.1:5070}.
 *
 * @param number the entry number or name (the user part), e.g. {@code 100}
 * @param host the centre's SIP host or address
 * @param port its SIP port
 */
public record TestCallTarget(String number, String host, int port) {
  /** The local centre's first entry number ({@code queue-service/config/sample.yaml}). */
  public static final String LOCAL_ENTRY = "100";

  private static final Pattern SIP =
      Pattern.compile("(?i:sip:)?([^@:;\\s]+)@(\\[[0-9a-fA-F:.]+\\]|[^:;\\s]+)(?::(\\d{1,5}))?");

  public TestCallTarget {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(host, "host");
    if (number.isBlank() || host.isBlank()) {
      throw new IllegalArgumentException("a test call needs a number and a host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("the port must be 1-65535, was " + port);
    }
  }

  /** The local contact centre's entry number on loopback, its SIP front end on {@code port}. */
  public static TestCallTarget localCentre(int port) {
    return new TestCallTarget(LOCAL_ENTRY, "127.0.0.1", port);
  }

  /**
   * Reads {@code text}: {@code sip:number@host[:port]} (the {@code sip:} may be left out; port 5060
   * when none is given).
   *
   * @throws IllegalArgumentException when it is not such an address
   */
  public static TestCallTarget parse(String text) {
    Matcher m = SIP.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a sip:number@host[:port] address: " + text);
    }
    String port = m.group(3);
    return new TestCallTarget(
        Objects.requireNonNull(m.group(1)),
        Objects.requireNonNull(m.group(2)),
        port == null ? 5060 : Integer.parseInt(port));
  }

  /** The address as dialled: {@code sip:number@host:port}. */
  public String uri() {
    return "sip:" + number + "@" + host + ":" + port;
  }

  @Override
  public String toString() {
    return uri();
  }
}
