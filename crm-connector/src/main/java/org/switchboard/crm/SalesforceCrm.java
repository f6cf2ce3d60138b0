package org.switchboard.crm;

import org.switchboard.core.secrets.SecretStore;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CredentialsFactory;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;
import org.switchboard.crm.internal.salesforce.SalesforceApi;
import org.switchboard.crm.internal.salesforce.SalesforceCustomers;
import org.switchboard.crm.internal.salesforce.SalesforceTasks;

/**
 * Salesforce (REST API) as a customer directory and call log: SOSL phone search over Contact, Lead
 * and Account; call Tasks and open Cases as history; calls logged as Tasks upserted on an External
 * ID field.
 */
public final class SalesforceCrm {
  private SalesforceCrm() {}

  /** A connector for {@code settings}, reading its token or OAuth tokens from {@code secrets}. */
  public static CrmConnector create(SalesforceSettings settings, SecretStore secrets) {
    CrmHttp http = CrmHttp.create(HttpPolicy.defaults());
    return create(settings, CredentialsFactory.from(settings.auth(), secrets, http), http);
  }

  static CrmConnector create(SalesforceSettings settings, Credentials credentials, CrmHttp http) {
    SalesforceApi api = new SalesforceApi(http, credentials, settings);
    return new CrmConnector(new SalesforceCustomers(api), new SalesforceTasks(api, settings));
  }
}
