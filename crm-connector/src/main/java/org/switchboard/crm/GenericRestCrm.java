package org.switchboard.crm;

import org.switchboard.core.secrets.SecretStore;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CredentialsFactory;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.HttpPolicy;
import org.switchboard.crm.internal.rest.RestCallLog;
import org.switchboard.crm.internal.rest.RestDirectory;

/** An in-house CRM over REST, described by {@link GenericRestSettings}. */
public final class GenericRestCrm {
  private GenericRestCrm() {}

  /**
   * A connector for {@code settings}.
   *
   * @throws IllegalArgumentException naming the {@code crm.rest.*} setting that is unusable
   */
  public static CrmConnector create(GenericRestSettings settings, SecretStore secrets) {
    CrmHttp http = CrmHttp.create(HttpPolicy.defaults());
    return create(settings, CredentialsFactory.from(settings.auth(), secrets, http), http);
  }

  static CrmConnector create(GenericRestSettings settings, Credentials credentials, CrmHttp http) {
    return new CrmConnector(
        new RestDirectory(http, credentials, settings),
        new RestCallLog(http, credentials, settings));
  }
}
