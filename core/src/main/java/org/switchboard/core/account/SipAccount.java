package org.switchboard.core.account;

import java.util.Objects;
import org.switchboard.core.Secret;

/**
 * One SIP account: who the agent is and where it registers.
 *
 * @param user the user part of the address of record, e.g. {@code 1001}
 * @param domain the SIP domain (and digest realm), e.g. {@code pbx.example.com}
 * @param displayName shown to callees; may be empty
 * @param authUser the digest user name, usually the same as {@code user}
 * @param password the digest password
 * @param registrarHost host or address of the registrar/outbound proxy
 * @param registrarPort its port, e.g. 5060
 * @param transport the signalling transport
 * @param registerExpirySeconds the registration lifetime asked for
 * @param options the account's less common settings (outbound proxy, DTMF, auto-answer, ...)
 */
public record SipAccount(
    String user,
    String domain,
    String displayName,
    String authUser,
    Secret password,
    String registrarHost,
    int registrarPort,
    SipTransport transport,
    int registerExpirySeconds,
    SipAccountOptions options) {

  /** An account with {@link SipAccountOptions#defaults()}. */
  public SipAccount(
      String user,
      String domain,
      String displayName,
      String authUser,
      Secret password,
      String registrarHost,
      int registrarPort,
      SipTransport transport,
      int registerExpirySeconds) {
    this(
        user,
        domain,
        displayName,
        authUser,
        password,
        registrarHost,
        registrarPort,
        transport,
        registerExpirySeconds,
        SipAccountOptions.defaults());
  }

  public SipAccount {
    requireText(user, "user");
    requireText(domain, "domain");
    Objects.requireNonNull(displayName, "displayName");
    requireText(authUser, "authUser");
    Objects.requireNonNull(password, "password");
    requireText(registrarHost, "registrarHost");
    if (registrarPort < 1 || registrarPort > 65535) {
      throw new IllegalArgumentException("registrarPort must be 1-65535, was " + registrarPort);
    }
    Objects.requireNonNull(transport, "transport");
    if (registerExpirySeconds < 30) {
      throw new IllegalArgumentException(
          "registerExpirySeconds must be at least 30, was " + registerExpirySeconds);
    }
    Objects.requireNonNull(options, "options");
  }

  /** This account with other {@code options}. */
  public SipAccount withOptions(SipAccountOptions newOptions) {
    return new SipAccount(
        user,
        domain,
        displayName,
        authUser,
        password,
        registrarHost,
        registrarPort,
        transport,
        registerExpirySeconds,
        newOptions);
  }

  /** The address of record, {@code sip:user@domain}. */
  public String addressOfRecord() {
    return "sip:" + user + "@" + domain;
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
  }
}
