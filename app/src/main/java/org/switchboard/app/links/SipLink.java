package org.switchboard.app.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.app.links.InvalidDialLinkException.Problem;

/**
 * The address of a {@code sip:}/{@code sips:} link (RFC 3261 section 19.1), narrowed to what a
 * click-to-dial link needs: {@code user@host[:port][;param[=value]]...}. Headers ({@code ?...}) and
 * passwords ({@code user:secret@}) are refused: a link must not add headers to our INVITE or carry
 * credentials.
 */
final class SipLink {
  /** A host name or IPv4 address: dot-separated labels (no backtracking blow-up). */
  static final String DOMAIN =
      "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?";

  private static final Pattern USER =
      Pattern.compile("(?:[A-Za-z0-9\\-_.!~*'()&=+$,]|%[0-9A-Fa-f]{2})+");
  private static final Pattern HOST_PORT =
      Pattern.compile("(" + DOMAIN + "|\\[[0-9A-Fa-f:.]{2,45}\\])(?::([0-9]{1,5}))?");
  private static final Pattern PARAMETER =
      Pattern.compile("[A-Za-z0-9\\-_.!~*'%]+(?:=[A-Za-z0-9\\-_.!~*'%\\[\\]:]+)?");

  private SipLink() {}

  /** {@code rest} (the text after {@code sip:}), checked; returned as written. */
  static String address(String rest) {
    Percent.refuseControls(rest);
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      // Direction overrides and other invisible marks could make the address shown differ from
      // the one dialled (a right-to-left override reverses what follows it), so they are
      // refused, not dropped.
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.getType(c) == Character.FORMAT) {
        throw new InvalidDialLinkException(Problem.BAD_CHARACTERS);
      }
    }
    if (rest.indexOf('?') >= 0) {
      throw new InvalidDialLinkException(Problem.HEADERS);
    }
    int at = rest.indexOf('@');
    if (at <= 0 || rest.indexOf('@', at + 1) >= 0) {
      throw new InvalidDialLinkException(Problem.BAD_ADDRESS);
    }
    String user = rest.substring(0, at);
    if (user.indexOf(':') >= 0) {
      throw new InvalidDialLinkException(Problem.HEADERS);
    }
    if (!USER.matcher(user).matches()) {
      throw new InvalidDialLinkException(Problem.BAD_ADDRESS);
    }
    // Escapes must not hide controls either.
    Percent.decode(user, Problem.BAD_ADDRESS);
    String[] parts = rest.substring(at + 1).split(";", -1);
    checkHostPort(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (!PARAMETER.matcher(parts[i]).matches()) {
        throw new InvalidDialLinkException(Problem.BAD_ADDRESS);
      }
      Percent.decode(parts[i], Problem.BAD_ADDRESS);
    }
    return rest;
  }

  private static void checkHostPort(String hostPort) {
    Matcher m = HOST_PORT.matcher(hostPort);
    if (!m.matches()) {
      throw new InvalidDialLinkException(Problem.BAD_ADDRESS);
    }
    String port = m.group(2);
    if (port != null) {
      int value = Integer.parseInt(port);
      if (value < 1 || value > 65535) {
        throw new InvalidDialLinkException(Problem.BAD_ADDRESS);
      }
    }
  }
}
