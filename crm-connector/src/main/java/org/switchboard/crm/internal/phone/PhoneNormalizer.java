package org.switchboard.crm.internal.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.switchboard.core.call.PhoneNumber;

/**
 * Turns a caller's number as signalled ({@code sip:+4930123@host;user=phone}, {@code tel:+1-555-…},
 * {@code 030 1234567}, {@code 0049…}) into E.164 with libphonenumber, using the account's region
 * for national numbers. Short digit strings are internal extensions and stay as they are, so a
 * directory can still find a colleague. Withheld or non-numeric callers give nothing.
 */
public final class PhoneNormalizer {
  private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,7}");
  private static final Pattern SIP_URI =
      Pattern.compile("^(?:sips?|tel):([^@;?>]*).*$", Pattern.CASE_INSENSITIVE);

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  /**
   * @param defaultRegion ISO 3166-1 alpha-2 region for numbers dialled without a country code
   * @throws IllegalArgumentException naming the region when libphonenumber does not know it
   */
  public PhoneNormalizer(String defaultRegion) {
    String region = defaultRegion.toUpperCase(Locale.ROOT);
    if (!util.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException(
          "crm.defaultRegion: '" + defaultRegion + "' is not an ISO 3166 region code (e.g. DE)");
    }
    this.defaultRegion = region;
  }

  public String defaultRegion() {
    return defaultRegion;
  }

  /** The E.164 number or internal extension in {@code raw}, or empty when there is none. */
  public Optional<PhoneNumber> normalise(String raw) {
    String candidate = userPart(raw.strip());
    String compact = candidate.replaceAll("[\\s().\\-/]", "");
    if (EXTENSION.matcher(compact).matches()) {
      return Optional.of(new PhoneNumber(compact));
    }
    if (compact.startsWith("00")) {
      compact = "+" + compact.substring(2);
    }
    try {
      Phonenumber.PhoneNumber parsed = util.parse(compact, defaultRegion);
      if (!util.isPossibleNumber(parsed)) {
        return Optional.empty();
      }
      return Optional.of(
          new PhoneNumber(util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)));
    } catch (NumberParseException notANumber) {
      return Optional.empty();
    }
  }

  private static String userPart(String raw) {
    String unbracketed = raw;
    int open = raw.indexOf('<');
    int close = raw.indexOf('>', open + 1);
    if (open >= 0 && close > open) {
      unbracketed = raw.substring(open + 1, close);
    }
    var sip = SIP_URI.matcher(unbracketed);
    return sip.matches() ? sip.group(1) : unbracketed;
  }
}
