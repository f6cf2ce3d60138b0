package org.switchboard.app.dial;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.regex.Pattern;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.InvalidDialLinkException;
import org.switchboard.app.links.PhoneText;
import org.switchboard.core.call.PhoneNumber;

/**
 * Reads what the agent typed into a {@link DialTarget}: E.164 through libphonenumber for numbers
 * written nationally or internationally ({@code 030 1234567} with region DE becomes {@code
 * +49301234567}), short numbers ({@value #SHORT_NUMBER_DIGITS} digits or fewer: extensions like
 * {@code 2002}, emergency numbers) and service codes with {@code *} or {@code #} as typed, {@code
 * sip:}/{@code tel:} links through {@link DialLink}. Immutable; any thread.
 */
public final class NumberNormaliser {
  /** Longest digit string dialled as typed without normalising (extensions, short codes). */
  public static final int SHORT_NUMBER_DIGITS = 6;

  /** libphonenumber's region for "unknown": only numbers with a country code are understood. */
  public static final String UNKNOWN_REGION = "ZZ";

  private static final Pattern NUMBER_CHARACTERS = Pattern.compile("\\+?[0-9*#]*");
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final String region;

  /**
   * @param defaultRegion the ISO 3166 region national numbers are read in (from the settings, or
   *     {@link #regionOf(Locale)}); blank or {@value #UNKNOWN_REGION} when unknown
   * @throws IllegalArgumentException when libphonenumber does not know the region
   */
  public NumberNormaliser(String defaultRegion) {
    String r = defaultRegion.isBlank() ? UNKNOWN_REGION : defaultRegion.toUpperCase(Locale.ROOT);
    if (!r.equals(UNKNOWN_REGION) && !UTIL.getSupportedRegions().contains(r)) {
      throw new IllegalArgumentException(
          "'" + defaultRegion + "' is not an ISO 3166 region code (e.g. DE, IR, US)");
    }
    this.region = r;
  }

  /** The region of {@code locale} when libphonenumber knows it, else {@value #UNKNOWN_REGION}. */
  public static String regionOf(Locale locale) {
    String country = locale.getCountry();
    return UTIL.getSupportedRegions().contains(country) ? country : UNKNOWN_REGION;
  }

  /** The region national numbers are read in; {@value #UNKNOWN_REGION} when unknown. */
  public String region() {
    return region;
  }

  /** What {@code text} dials. */
  public DialTarget normalise(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return new DialTarget.Empty();
    }
    if (DialLink.schemeOf(trimmed).isPresent()) {
      return link(trimmed);
    }
    return number(trimmed);
  }

  private DialTarget link(String text) {
    DialLink link;
    try {
      link = DialLink.parse(text);
    } catch (InvalidDialLinkException e) {
      return new DialTarget.Invalid(e.problem().messageKey());
    }
    return link.scheme() == DialLink.Scheme.TEL
        ? number(link.target())
        : new DialTarget.Address(link.target());
  }

  private DialTarget number(String text) {
    String compact = PhoneText.compact(text);
    if (!NUMBER_CHARACTERS.matcher(compact).matches()) {
      return invalid("notANumber");
    }
    boolean international = compact.startsWith("+") || compact.startsWith("00");
    if (compact.indexOf('*') >= 0 || compact.indexOf('#') >= 0) {
      return PhoneNumber.isDialable(compact) ? new DialTarget.AsTyped(compact) : invalid("tooLong");
    }
    if (!international && compact.length() <= SHORT_NUMBER_DIGITS) {
      return new DialTarget.AsTyped(compact);
    }
    String withPlus = compact.startsWith("00") ? "+" + compact.substring(2) : compact;
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(withPlus, region);
    } catch (NumberParseException e) {
      return parseProblem(e.getErrorType(), international);
    }
    ValidationResult possible = UTIL.isPossibleNumberWithReason(parsed);
    switch (possible) {
      case IS_POSSIBLE:
        return new DialTarget.Number(
            UTIL.format(parsed, PhoneNumberFormat.E164),
            UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL));
      case IS_POSSIBLE_LOCAL_ONLY:
        // A local number (without area code) reaches someone only as typed, nationally.
        return international ? invalid("tooShort") : new DialTarget.AsTyped(compact);
      case TOO_LONG:
        return invalid("tooLong");
      case INVALID_COUNTRY_CODE:
        return invalid("countryCode");
      case INVALID_LENGTH:
        return invalid("length");
      default:
        return invalid("tooShort");
    }
  }

  private DialTarget parseProblem(NumberParseException.ErrorType type, boolean international) {
    switch (type) {
      case INVALID_COUNTRY_CODE:
        return invalid(
            international || !region.equals(UNKNOWN_REGION) ? "countryCode" : "noRegion");
      case TOO_SHORT_NSN:
      case TOO_SHORT_AFTER_IDD:
        return invalid("tooShort");
      case TOO_LONG:
        return invalid("tooLong");
      default:
        return invalid("notANumber");
    }
  }

  private static DialTarget invalid(String problem) {
    return new DialTarget.Invalid("dial.error." + problem);
  }
}
