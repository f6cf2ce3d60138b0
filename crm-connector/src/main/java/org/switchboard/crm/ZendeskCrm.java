package org.switchboard.crm;

import org.switchboard.core.secrets.SecretStore;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CredentialsFactory;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;
import org.switchboard.crm.internal.zendesk.ZendeskCallTickets;
import org.switchboard.crm.internal.zendesk.ZendeskUsers;

/** Zendesk Support as a customer directory and call log. */
public final class ZendeskCrm {
  private ZendeskCrm() {}

  /** A connector for {@code settings}, reading its token from {@code secrets}. */
  public static CrmConnector create(ZendeskSettings settings, SecretStore secrets) {
    CrmHttp http = CrmHttp.create(HttpPolicy.defaults());
    return create(settings, CredentialsFactory.from(settings.auth(), secrets, http), http);
  }

  static CrmConnector create(ZendeskSettings settings, Credentials credentials, CrmHttp http) {
    return new CrmConnector(
        new ZendeskUsers(http, credentials, settings),
        new ZendeskCallTickets(http, credentials, settings));
  }
}
