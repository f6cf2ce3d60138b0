package org.switchboard.crm;

import org.switchboard.core.secrets.SecretStore;
import org.switchboard.crm.internal.dynamics.DynamicsContacts;
import org.switchboard.crm.internal.dynamics.DynamicsPhoneCalls;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CredentialsFactory;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;

/** Microsoft Dynamics 365 (Dataverse Web API) as a customer directory and call log. */
public final class DynamicsCrm {
  private DynamicsCrm() {}

  /** A connector for {@code settings}, reading its tokens from {@code secrets}. */
  public static CrmConnector create(DynamicsSettings settings, SecretStore secrets) {
    CrmHttp http = CrmHttp.create(HttpPolicy.defaults());
    return create(settings, CredentialsFactory.from(settings.auth(), secrets, http), http);
  }

  static CrmConnector create(DynamicsSettings settings, Credentials credentials, CrmHttp http) {
    return new CrmConnector(
        new DynamicsContacts(http, credentials, settings),
        new DynamicsPhoneCalls(http, credentials, settings));
  }
}
