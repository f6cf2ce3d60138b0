package org.switchboard.app.headless;

import java.util.Locale;
import java.util.Set;
import org.switchboard.app.headless.ConfigSection.ConfigProblem;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.media.SrtpPolicy;

/**
 * Reads {@code account.options} of the headless configuration into {@link SipAccountOptions}; an
 * absent section means the defaults, and every error names its setting.
 */
final class AccountOptionsReader {
  private static final Set<String> KEYS =
      Set.of(
          "outboundProxy",
          "dtmfMode",
          "autoAnswerAllowed",
          "directCallsAllowed",
          "keepAliveSeconds",
          "sessionExpiresSeconds",
          "tlsTrustFile",
          "dnsServers",
          "srtpPolicy");

  private AccountOptionsReader() {}

  static SipAccountOptions read(ConfigSection account) {
    SipAccountOptions defaults = SipAccountOptions.defaults();
    if (!account.has("options")) {
      return defaults;
    }
    ConfigSection o = account.section("options", KEYS);
    int sessionExpires =
        o.integer("sessionExpiresSeconds", defaults.sessionExpiresSeconds(), 0, 86_400);
    if (sessionExpires != 0 && sessionExpires < SipAccountOptions.MIN_SESSION_EXPIRES) {
      throw new ConfigProblem(
          o.name("sessionExpiresSeconds")
              + " must be 0 (off) or at least "
              + SipAccountOptions.MIN_SESSION_EXPIRES
              + ", was "
              + sessionExpires);
    }
    return new SipAccountOptions(
            o.textAllowingEmpty("outboundProxy", defaults.outboundProxy()).trim(),
            dtmfMode(o),
            o.bool("autoAnswerAllowed", defaults.autoAnswerAllowed()),
            o.bool("directCallsAllowed", defaults.directCallsAllowed()),
            o.integer("keepAliveSeconds", defaults.keepAliveSeconds(), 0, 3600),
            sessionExpires,
            o.textAllowingEmpty("tlsTrustFile", defaults.tlsTrustFile()).trim(),
            o.textList("dnsServers"))
        .withSrtpPolicy(srtpPolicy(o));
  }

  private static SrtpPolicy srtpPolicy(ConfigSection o) {
    String text = o.optionalText("srtpPolicy");
    if (text == null) {
      return SipAccountOptions.defaults().srtpPolicy();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "off" -> SrtpPolicy.OFF;
      case "optional" -> SrtpPolicy.OPTIONAL;
      case "mandatory" -> SrtpPolicy.MANDATORY;
      default ->
          throw new ConfigProblem(
              o.name("srtpPolicy") + " must be off, optional or mandatory, was '" + text + "'");
    };
  }

  private static DtmfMode dtmfMode(ConfigSection o) {
    String text = o.optionalText("dtmfMode");
    if (text == null) {
      return SipAccountOptions.defaults().dtmfMode();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "auto" -> DtmfMode.AUTO;
      case "rfc4733" -> DtmfMode.RFC4733;
      case "info", "sip_info" -> DtmfMode.SIP_INFO;
      default ->
          throw new ConfigProblem(
              o.name("dtmfMode") + " must be auto, rfc4733 or info, was '" + text + "'");
    };
  }
}
