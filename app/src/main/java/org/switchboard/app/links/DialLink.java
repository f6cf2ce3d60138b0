package org.switchboard.app.links;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.switchboard.app.links.InvalidDialLinkException.Problem;
import org.switchboard.core.call.PhoneNumber;

/**
 * A click-to-dial link, checked: {@code tel:} (RFC 3966, with visual separators and {@code
 * phone-context}), {@code sip:}/{@code sips:} (a {@code user@host} address; {@code sips:} stays
 * {@code sips:}, a secure target) or {@code callto:} (Skype's and NetMeeting's scheme, read as
 * {@code tel:} for a number and as {@code sip:} for a {@code user@host} address). Links come from
 * web pages, documents and the command line, so they are untrusted: length-limited, and anything
 * that could smuggle text into signalling or hide what is dialled (controls, spaces, invisible
 * direction marks in addresses, SIP headers, passwords) is refused.
 *
 * @param scheme which kind of link
 * @param target what to dial: the number of a {@code tel:} link ({@code +4930123456}, or a local
 *     number as written), or the whole {@code sip:} URI with its scheme in lower case
 */
public record DialLink(Scheme scheme, String target) {
  /** Longest link accepted, in characters. */
  public static final int MAX_LENGTH = 512;

  /** The scheme read as {@code tel:} or {@code sip:} depending on what follows it. */
  static final String CALLTO = "callto";

  /** A URI's scheme ({@code name:}, two characters or more, so {@code C:\...} is not one). */
  private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{1,31}:");

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
    String rest = link.substring(link.indexOf(':') + 1);
    if (isCallto(link)) {
      rest = Callto.address(rest);
    }
    if (scheme == Scheme.TEL) {
      return new DialLink(scheme, TelLink.number(rest));
    }
    return new DialLink(scheme, scheme.prefix() + ":" + SipLink.address(rest));
  }

  /**
   * The scheme {@code text}'s link is dialled with, if it is a link this desktop reads: {@code
   * tel:}, {@code sip:} and {@code sips:} as written; a {@code callto:} link counts as {@code sip:}
   * when it holds an {@code @} and as {@code tel:} otherwise.
   */
  public static Optional<Scheme> schemeOf(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String name = text.substring(0, colon).strip();
    if (name.equalsIgnoreCase(CALLTO)) {
      return Optional.of(text.indexOf('@', colon) >= 0 ? Scheme.SIP : Scheme.TEL);
    }
    for (Scheme s : Scheme.values()) {
      if (s.prefix().equalsIgnoreCase(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The link among a program's arguments: the first argument written as a URI ({@code name:...}).
   * Options ({@code --flag}, and their values, which the caller removes first) and file paths are
   * not links and are left alone; a URI of another scheme ({@code javascript:}, {@code file:}) is
   * refused rather than ignored, so that whoever started the desktop with it learns why nothing was
   * dialled.
   *
   * @throws InvalidDialLinkException when that argument is not a valid link
   */
  public static Optional<DialLink> fromArguments(List<String> arguments) {
    for (String argument : arguments) {
      if (!argument.startsWith("-") && URI_SCHEME.matcher(argument.strip()).lookingAt()) {
        return Optional.of(parse(argument));
      }
    }
    return Optional.empty();
  }

  private static boolean isCallto(String link) {
    return link.regionMatches(true, 0, CALLTO + ":", 0, CALLTO.length() + 1);
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
