package org.switchboard.crm;

import java.net.URI;
import java.util.Objects;

/**
 * A Zendesk Support account.
 *
 * @param apiUrl the account's base URL, {@code https://<subdomain>.zendesk.com} in production
 * @param agentUrl where users and tickets open in the browser (the same host in production)
 * @param auth an API token ({@link CrmAuth.Basic} with user {@code <email>/token}) or OAuth
 */
public record ZendeskSettings(URI apiUrl, URI agentUrl, CrmAuth auth) {
  public ZendeskSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(agentUrl, "agentUrl");
    Objects.requireNonNull(auth, "auth");
    if (!"https".equals(agentUrl.getScheme()) || agentUrl.getHost() == null) {
      throw new IllegalArgumentException("crm.zendesk.agentUrl must be an https URL");
    }
  }

  /** The account {@code <subdomain>.zendesk.com}. */
  public static ZendeskSettings production(String subdomain, CrmAuth auth) {
    if (!subdomain.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
      throw new IllegalArgumentException(
          "crm.zendesk.subdomain must be the account's subdomain, like acme (was '"
              + subdomain
              + "')");
    }
    URI url = URI.create("https://" + subdomain + ".zendesk.com");
    return new ZendeskSettings(url, url, auth);
  }
}
