package org.switchboard.sip.internal.ua;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JAIN-SIP's message parser with three checks in front that it lacks: a header that may appear once
 * (Call-ID, CSeq, From, To, Max-Forwards, Content-Length) appearing twice (JAIN-SIP silently keeps
 * one; RFC 4475 3.3.8 and 3.3.9 call the message unusable), an IPv6 address without brackets in the
 * Request-URI (RFC 5118 4.2; JAIN-SIP guesses), and an unquoted display name in From or To with
 * characters outside RFC 3261's tokens ({@code Bell, Alexander <sip:...>}, RFC 4475 3.1.2.15;
 * JAIN-SIP keeps it). Each is a {@link ParseException}, which JAIN-SIP answers with 400 over UDP
 * and a closed connection over TCP. Called on JAIN-SIP's transport threads; one instance per
 * channel, no shared state.
 */
public final class StrictMessageParser implements MessageParser {
  private static final Set<String> SINGLE =
      Set.of("call-id", "cseq", "from", "to", "max-forwards", "content-length");
  private static final Map<String, String> COMPACT =
      Map.of("i", "call-id", "f", "from", "t", "to", "l", "content-length");

  /**
   * RFC 3261 token characters and the white space between the words of a name, plus UTF-8 bytes
   * (read here as ISO-8859-1): phones that send an unquoted {@code Zoë <sip:...>} are common, while
   * separators such as {@code ,} or {@code ;} make the header ambiguous.
   */
  private static final Pattern TOKENS = Pattern.compile("[A-Za-z0-9\\-.!%*_+`'~ \t\u0080-\u00ff]*");

  private final StringMsgParser parser = new StringMsgParser();

  @Override
  public SIPMessage parseSIPMessage(
      byte[] message, boolean readBody, boolean strict, @Nullable ParseExceptionListener listener)
      throws ParseException {
    String head = headerSection(message);
    checkRequestUri(head);
    checkSingleHeaders(head);
    return parser.parseSIPMessage(message, readBody, strict, listener);
  }

  private static String headerSection(byte[] message) {
    String text = new String(message, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      end = text.indexOf("\n\n");
    }
    return end < 0 ? text : text.substring(0, end);
  }

  private static void checkSingleHeaders(String head) throws ParseException {
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = head.split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        continue; // a folded continuation, or not a header at all (the parser decides)
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      name = COMPACT.getOrDefault(name, name);
      if (SINGLE.contains(name) && seen.merge(name, 1, Integer::sum) > 1) {
        throw new ParseException("more than one " + name + " header", 0);
      }
      if (name.equals("from") || name.equals("to")) {
        checkDisplayName(name, line.substring(colon + 1));
      }
    }
  }

  /** An unquoted display name (before {@code <}) must be tokens separated by white space. */
  private static void checkDisplayName(String header, String value) throws ParseException {
    String text = value.trim();
    int open = text.indexOf('<');
    if (open <= 0 || text.startsWith("\"")) {
      return;
    }
    if (!TOKENS.matcher(text.substring(0, open)).matches()) {
      throw new ParseException("an unquoted display name in " + header + " with non-token text", 0);
    }
  }

  private static void checkRequestUri(String head) throws ParseException {
    int lineEnd = head.indexOf('\n');
    String[] parts = (lineEnd < 0 ? head : head.substring(0, lineEnd)).trim().split(" +");
    if (parts.length < 3 || parts[0].startsWith("SIP/")) {
      return;
    }
    String uri = parts[1].toLowerCase(Locale.ROOT);
    if (!uri.startsWith("sip:") && !uri.startsWith("sips:")) {
      return;
    }
    String rest = uri.substring(uri.indexOf(':') + 1);
    rest = rest.substring(rest.indexOf('@') + 1);
    int end = indexOfAny(rest, ";?");
    String hostPort = end < 0 ? rest : rest.substring(0, end);
    if (!hostPort.startsWith("[") && hostPort.chars().filter(c -> c == ':').count() > 1) {
      throw new ParseException("IPv6 address without [] in the Request-URI", 0);
    }
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
