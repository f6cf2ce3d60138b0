package org.switchboard.sip.internal.invite;

import java.util.Locale;
import java.util.regex.Pattern;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.PhoneNumber;

/**
 * Turns what the agent typed into a SIP URI. Pure.
 *
 * <ul>
 *   <li>{@code 2002}, {@code +4930123}, {@code alice}: {@code sip:<it>@<domain>} (visual separators
 *       in numbers are dropped);
 *   <li>{@code alice@example.com}: {@code sip:alice@example.com};
 *   <li>{@code sip:} and {@code sips:} URIs: as given;
 *   <li>{@code tel:+4930123}: {@code sip:+4930123@<domain>;user=phone}, since the request goes
 *       through the account's proxy, which routes SIP URIs.
 * </ul>
 */
public final class DialTargets {
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9\\-_.!~*'()&=+$,;?/%]{1,64}");
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9\\-.]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");
  private static final Pattern VISUAL_SEPARATORS = Pattern.compile("[\\s().\\-]");

  private DialTargets() {}

  /**
   * The URI to call for {@code target}.
   *
   * @throws CallControlException when it is not a number, a user name or a SIP/tel URI
   */
  public static String toUri(String target, String domain) {
    String t = target.trim();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
      String rest = t.substring(t.indexOf(':') + 1);
      requireUserAtHost(rest, true);
      return t.substring(0, t.indexOf(':')).toLowerCase(Locale.ROOT) + ":" + rest;
    }
    if (lower.startsWith("tel:")) {
      String number = VISUAL_SEPARATORS.matcher(t.substring(4)).replaceAll("");
      int params = number.indexOf(';');
      number = params >= 0 ? number.substring(0, params) : number;
      if (!PhoneNumber.isDialable(number)) {
        throw new CallControlException("not a telephone number in the tel: URI");
      }
      return "sip:" + number + "@" + domain + ";user=phone";
    }
    String number = VISUAL_SEPARATORS.matcher(t).replaceAll("");
    if (PhoneNumber.isDialable(number)) {
      return "sip:" + number + "@" + domain;
    }
    if (t.contains("@")) {
      requireUserAtHost(t, false);
      return "sip:" + t;
    }
    if (USER.matcher(t).matches()) {
      return "sip:" + t + "@" + domain;
    }
    throw new CallControlException("not a number, user name or SIP address");
  }

  private static void requireUserAtHost(String text, boolean hostOnlyAllowed) {
    String withoutParams = text.split("[;?]", 2)[0];
    int at = withoutParams.lastIndexOf('@');
    String user = at >= 0 ? withoutParams.substring(0, at) : "";
    String hostPort = at >= 0 ? withoutParams.substring(at + 1) : withoutParams;
    String host = hostPort.replaceFirst(":[0-9]{1,5}$", "");
    boolean userOk = at < 0 ? hostOnlyAllowed : USER.matcher(user).matches();
    if (!userOk || !HOST.matcher(host).matches()) {
      throw new CallControlException("not a valid SIP address");
    }
  }
}
