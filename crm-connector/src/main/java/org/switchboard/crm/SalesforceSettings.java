package org.switchboard.crm;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Salesforce org.
 *
 * @param instanceUrl the org's API host, {@code https://MyDomain.my.salesforce.com}
 * @param lightningUrl where records open in the browser, {@code
 *     https://MyDomain.lightning.force.com}; only its host is used
 * @param apiVersion the REST API version, e.g. {@code v60.0}
 * @param auth OAuth (Salesforce's connected apps) or an access token ({@link CrmAuth.ApiToken})
 * @param callKeyField a custom text field on Task marked External ID and Unique; it holds our
 *     record key so that logging a call twice updates one Task (default {@code
 *     Switchboard_Call_Key__c})
 * @param zone the contact centre's time zone, which decides the Task's date (ActivityDate)
 */
public record SalesforceSettings(
    URI instanceUrl,
    URI lightningUrl,
    String apiVersion,
    CrmAuth auth,
    String callKeyField,
    ZoneId zone) {
  /** The key field every new org is told to create. */
  public static final String DEFAULT_CALL_KEY_FIELD = "Switchboard_Call_Key__c";

  private static final Pattern API_VERSION = Pattern.compile("v[1-9][0-9]{1,2}\\.0");
  // A custom field's API name, optionally with a managed package's namespace; it goes into a URL
  // path, so nothing else is allowed.
  private static final Pattern CUSTOM_FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,76}__c");
  private static final Pattern MY_DOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  public SalesforceSettings {
    Objects.requireNonNull(instanceUrl, "instanceUrl");
    Objects.requireNonNull(lightningUrl, "lightningUrl");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(callKeyField, "callKeyField");
    Objects.requireNonNull(zone, "zone");
    requireHttpsHost(instanceUrl, "crm.salesforce.instanceUrl");
    requireHttpsHost(lightningUrl, "crm.salesforce.lightningUrl");
    if (!API_VERSION.matcher(apiVersion).matches()) {
      throw new IllegalArgumentException(
          "crm.salesforce.apiVersion must be a REST API version like v60.0");
    }
    if (!CUSTOM_FIELD.matcher(callKeyField).matches() || callKeyField.contains("___")) {
      throw new IllegalArgumentException(
          "crm.salesforce.callKeyField must be a custom field's API name ending in __c");
    }
  }

  /**
   * The production endpoints of the org whose My Domain is {@code myDomain} (the {@code acme} of
   * {@code acme.my.salesforce.com}), API v60.0, the default key field and this machine's zone.
   */
  public static SalesforceSettings production(String myDomain, CrmAuth auth) {
    if (!MY_DOMAIN.matcher(myDomain).matches()) {
      throw new IllegalArgumentException(
          "crm.salesforce.myDomain must be the org's My Domain name, like acme");
    }
    return new SalesforceSettings(
        URI.create("https://" + myDomain + ".my.salesforce.com"),
        URI.create("https://" + myDomain + ".lightning.force.com"),
        "v60.0",
        auth,
        DEFAULT_CALL_KEY_FIELD,
        ZoneId.systemDefault());
  }

  private static void requireHttpsHost(URI url, String setting) {
    if (!"https".equals(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException(setting + " must be an https URL with a host");
    }
  }
}
