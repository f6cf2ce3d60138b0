package org.switchboard.app.links;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.app.links.InvalidDialLinkException.Problem;
import org.switchboard.core.call.PhoneNumber;

/**
 * A click-to-dial link, checked: {@code tel:} (RFC 3966, with visual separators and {@code
 * phone-context}) or {@code sip:}/{@code sips:} (a {@code user@host} address). Links come from web
 * pages, documents and the command line, so they are untrusted: length-limited, and anything that
 * could smuggle text into signalling (controls, spaces, SIP headers, passwords) is refused.
 *
 * @param scheme which kind of link
 * @param target what to dial: the number of a {@code tel:} link ({@code +4930123456}, or a local
 *     number as written), or the whole {@code sip:} URI with its scheme in lower case
 */
public record DialLink(Scheme scheme, String target) {
  /** Longest link accepted, in characters. */
  public static final int MAX_LENGTH = 512;

  /** The link schemes dialled. */
  public enum Scheme {
    TEL,
    SIP,
    SIPS;

    /** The scheme as written in a link, without the colon. */
    public String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DialLink {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(target, "target");
  }

  /**
   * Parses {@code text}.
   *
   * @throws InvalidDialLinkException naming what is wrong; the message never repeats the link
   */
  public static DialLink parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidDialLinkException(Problem.TOO_LONG);
    }
    String link = text.strip();
    if (link.isEmpty()) {
      throw new InvalidDialLinkException(Problem.EMPTY);
    }
    Scheme scheme =
        schemeOf(link).orElseThrow(() -> new InvalidDialLinkException(Problem.UNSUPPORTED));
    String rest = link.substring(scheme.prefix().length() + 1);
    if (scheme == Scheme.TEL) {
      return new DialLink(scheme, TelLink.number(rest));
    }
    return new DialLink(scheme, scheme.prefix() + ":" + SipLink.address(rest));
  }

  /** The scheme {@code text} starts with, if it is one dialled ({@code tel:}, {@code sip:}...). */
  public static Optional<Scheme> schemeOf(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String name = text.substring(0, colon).strip();
    for (Scheme s : Scheme.values()) {
      if (s.prefix().equalsIgnoreCase(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The link among a program's arguments: the first one written with a dialled scheme; other
   * arguments (options) are not links and are left alone.
   *
   * @throws InvalidDialLinkException when that argument is not a valid link
   */
  public static Optional<DialLink> fromArguments(List<String> arguments) {
    for (String argument : arguments) {
      if (schemeOf(argument).isPresent()) {
        return Optional.of(parse(argument));
      }
    }
    return Optional.empty();
  }

  /** The link written out again: {@code tel:+4930123456} or the SIP URI; parses to this link. */
  public String asText() {
    return scheme == Scheme.TEL ? "tel:" + target : target;
  }

  /** For logs: the number or the SIP user is masked. */
  @Override
  public String toString() {
    String shown =
        PhoneNumber.isDialable(target)
            ? new PhoneNumber(target).masked()
            : scheme.prefix() + ":•••" + target.substring(target.indexOf('@') + 1);
    return "DialLink[" + scheme.prefix() + ", " + shown + "]";
  }
}
