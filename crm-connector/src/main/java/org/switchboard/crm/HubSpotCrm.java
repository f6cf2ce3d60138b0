package org.switchboard.crm;

import org.switchboard.core.secrets.SecretStore;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CredentialsFactory;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;
import org.switchboard.crm.internal.hubspot.HubSpotCalls;
import org.switchboard.crm.internal.hubspot.HubSpotContacts;

/** HubSpot (CRM v3/v4 API) as a customer directory and call log. */
public final class HubSpotCrm {
  private HubSpotCrm() {}

  /** A connector for {@code settings}, reading its token or OAuth tokens from {@code secrets}. */
  public static CrmConnector create(HubSpotSettings settings, SecretStore secrets) {
    CrmHttp http = CrmHttp.create(HttpPolicy.defaults());
    return create(settings, CredentialsFactory.from(settings.auth(), secrets, http), http);
  }

  static CrmConnector create(HubSpotSettings settings, Credentials credentials, CrmHttp http) {
    return new CrmConnector(
        new HubSpotContacts(http, credentials, settings),
        new HubSpotCalls(http, credentials, settings));
  }
}
