package org.switchboard.crm;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A HubSpot portal.
 *
 * @param apiUrl the API's base, {@code https://api.hubapi.com} in production
 * @param appUrl where records open in the browser, {@code https://app.hubspot.com}
 * @param portalId the portal (hub) id, part of record links
 * @param auth a private-app token ({@link CrmAuth.ApiToken}) or OAuth
 * @param callKeyProperty a custom call property marked unique in HubSpot; it holds our record key
 *     so that logging a call twice updates one call (default {@code switchboard_call_key})
 * @param dispositionIds our disposition codes (matched without regard to case) mapped to HubSpot
 *     call-outcome ids; a code without an id is written into the call's notes only
 */
public record HubSpotSettings(
    URI apiUrl,
    URI appUrl,
    String portalId,
    CrmAuth auth,
    String callKeyProperty,
    Map<String, String> dispositionIds) {
  // HubSpot's internal property names: lower case, digits and underscores, starting with a letter.
  private static final Pattern INTERNAL_NAME = Pattern.compile("[a-z][a-z0-9_]{0,99}");

  public HubSpotSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(appUrl, "appUrl");
    Objects.requireNonNull(portalId, "portalId");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(callKeyProperty, "callKeyProperty");
    dispositionIds = byLowerCaseCode(dispositionIds);
    if (!INTERNAL_NAME.matcher(callKeyProperty).matches()) {
      throw new IllegalArgumentException(
          "crm.hubspot.callKeyProperty must be a call property's internal name, like"
              + " switchboard_call_key");
    }
    if (!"https".equals(appUrl.getScheme()) || appUrl.getHost() == null) {
      throw new IllegalArgumentException("crm.hubspot.appUrl must be an https URL with a host");
    }
    if (!portalId.matches("[0-9]{1,20}")) {
      throw new IllegalArgumentException("crm.hubspot.portalId must be the portal's number");
    }
  }

  private static Map<String, String> byLowerCaseCode(Map<String, String> ids) {
    Map<String, String> byCode = new HashMap<>();
    ids.forEach(
        (code, id) -> {
          if (byCode.put(code.toLowerCase(Locale.ROOT), id) != null) {
            throw new IllegalArgumentException(
                "crm.hubspot.dispositionIds names a disposition twice (case does not count)");
          }
        });
    return Map.copyOf(byCode);
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
