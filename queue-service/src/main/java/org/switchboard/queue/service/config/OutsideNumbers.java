package org.switchboard.queue.service.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a transfer to an outside number goes: a target written as a SIP URI is dialled as it is; a
 * number (digits, {@code +}, {@code *}, {@code #}) goes to {@link ServiceSettings#outsideRoute()}
 * with {@value #NUMBER} replaced, or in proxy mode to {@code sip:number@<proxy domain>}. Pure.
 */
public final class OutsideNumbers {
  /** The place holder for the number in {@code outsideRoute}. */
  public static final String NUMBER = "{number}";

  private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9*#]{1,32}");
  private static final Pattern SIP_URI =
      Pattern.compile("sips?:[A-Za-z0-9._+\\-]{1,64}@[A-Za-z0-9.\\-\\[\\]:]{1,260}");

  private OutsideNumbers() {}

  /**
   * The SIP URI to dial for {@code target}.
   *
   * @throws IllegalArgumentException saying why {@code target} cannot be dialled
   */
  public static String uriFor(String target, ServiceSettings settings) {
    if (target.startsWith("sip:") || target.startsWith("sips:")) {
      if (!SIP_URI.matcher(target).matches()) {
        throw new IllegalArgumentException("'" + target + "' is not a SIP URI (sip:user@host)");
      }
      return target;
    }
    if (!DIALLABLE.matcher(target).matches()) {
      throw new IllegalArgumentException(
          "'" + target + "' is not a number (digits, an optional leading +, * and #)");
    }
    if (!settings.outsideRoute().isEmpty()) {
      return settings.outsideRoute().replace(NUMBER, target);
    }
    return Optional.ofNullable(settings.proxy())
        .map(proxy -> proxy.addressOf(target))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no route to outside numbers: set service.sip.outsideRoute or"
                        + " service.sip.proxy (or give the target as a SIP URI)"));
  }
}
