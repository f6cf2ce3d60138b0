package org.switchboard.app.settings;

import java.util.Objects;
import org.switchboard.app.i18n.Language;
import org.switchboard.core.account.SipTransport;

/**
 * The account settings as saved. The password is not among them: it is kept in the OS keychain
 * under {@link #passwordKey()}. Values are as the user typed them; {@link AccountSettingsValidator}
 * judges them.
 *
 * @param authUser the digest user; empty means the same as {@code user}
 */
public record AccountSettings(
    String host,
    int port,
    SipTransport transport,
    String user,
    String authUser,
    String domain,
    String displayName,
    Language language) {

  public AccountSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(authUser, "authUser");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(language, "language");
  }

  /**
   * The keychain entry holding this account's SIP password: {@code sip:<user>@<domain>}, both
   * stripped of surrounding spaces.
   */
  public String passwordKey() {
    return "sip:" + user.strip() + "@" + domain.strip();
  }

  /** What a first start shows: nothing filled in, port 5060 over UDP, English. */
  public static AccountSettings defaults() {
    return defaults(Language.ENGLISH);
  }

  /** Nothing filled in, port 5060 over UDP, in {@code language}. */
  public static AccountSettings defaults(Language language) {
    return new AccountSettings("", 5060, SipTransport.UDP, "", "", "", "", language);
  }
}
