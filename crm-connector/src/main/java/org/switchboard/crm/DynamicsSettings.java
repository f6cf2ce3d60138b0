package org.switchboard.crm;

import java.net.URI;
import java.util.Objects;

/**
 * A Dynamics 365 / Dataverse environment.
 *
 * @param orgUrl the environment, e.g. {@code https://contoso.crm.dynamics.com}; record links open
 *     there
 * @param apiUrl the Web API base, normally {@code orgUrl + /api/data/v9.2}
 * @param auth OAuth (Microsoft identity platform) or a bearer token
 */
public record DynamicsSettings(URI orgUrl, URI apiUrl, CrmAuth auth) {
  public DynamicsSettings {
    Objects.requireNonNull(orgUrl, "orgUrl");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(auth, "auth");
    if (!"https".equals(orgUrl.getScheme()) || orgUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "crm.dynamics.orgUrl must be an https URL such as https://contoso.crm.dynamics.com");
    }
  }

  /** The environment at {@code orgUrl} with the v9.2 Web API. */
  public static DynamicsSettings of(URI orgUrl, CrmAuth auth) {
    String base = orgUrl.toString().replaceAll("/+$", "");
    return new DynamicsSettings(orgUrl, URI.create(base + "/api/data/v9.2"), auth);
  }
}
