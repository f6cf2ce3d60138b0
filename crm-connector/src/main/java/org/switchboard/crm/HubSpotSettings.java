package org.switchboard.crm;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A HubSpot portal.
 *
 * @param apiUrl the API's base, {@code https://api.hubapi.com} in production
 * @param appUrl where records open in the browser, {@code https://app.hubspot.com}
 * @param portalId the portal (hub) id, part of record links
 * @param auth a private-app token ({@link CrmAuth.ApiToken}) or OAuth
 * @param callKeyProperty a custom call property marked unique in HubSpot; it holds our record key
 *     so that logging a call twice updates one call (default {@code switchboard_call_key})
 * @param dispositionIds our disposition codes mapped to HubSpot call-outcome ids
 */
public record HubSpotSettings(
    URI apiUrl,
    URI appUrl,
    String portalId,
    CrmAuth auth,
    String callKeyProperty,
    Map<String, String> dispositionIds) {
  public HubSpotSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(appUrl, "appUrl");
    Objects.requireNonNull(portalId, "portalId");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(callKeyProperty, "callKeyProperty");
    dispositionIds = Map.copyOf(dispositionIds);
    if (!"https".equals(appUrl.getScheme())) {
      throw new IllegalArgumentException("crm.hubspot.appUrl must be an https URL");
    }
    if (!portalId.matches("[0-9]{1,20}")) {
      throw new IllegalArgumentException("crm.hubspot.portalId must be the portal's number");
    }
  }

  /** The production endpoints for {@code portalId}. */
  public static HubSpotSettings production(String portalId, CrmAuth auth) {
    return new HubSpotSettings(
        URI.create("https://api.hubapi.com"),
        URI.create("https://app.hubspot.com"),
        portalId,
        auth,
        "switchboard_call_key",
        Map.of());
  }
}
