package org.switchboard.queue.service.config;

import java.util.Objects;
import org.switchboard.core.Secret;

/**
 * The external SIP proxy the service reaches agents through (the {@code service.sip.proxy} section)
 * instead of its own registrar: agents register at the proxy, and every call the service places
 * (offers to agents, transfers to outside numbers) goes through it.
 *
 * @param uri the proxy, {@code sip:host:port} (or {@code host:port})
 * @param domain the SIP domain of agents' addresses at the proxy, of the service's own {@code From}
 *     address, and the digest realm it answers challenges for
 * @param user the user the service calls as; with a password, also its digest user name
 * @param password the digest password; empty: the service answers no challenge
 */
public record ProxySettings(String uri, String domain, String user, Secret password) {
  public ProxySettings {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** The address-of-record at the proxy of {@code userPart}: {@code sip:userPart@domain}. */
  public String addressOf(String userPart) {
    return "sip:" + userPart + "@" + domain;
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "ProxySettings[uri="
        + uri
        + ", domain="
        + domain
        + ", user="
        + user
        + ", password="
        + (password.isEmpty() ? "none" : "***")
        + "]";
  }
}
