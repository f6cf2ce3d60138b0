package org.switchboard.app.boot;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.CrmStarter;
import org.switchboard.app.headless.CustomerServices;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.core.journal.JournalStorageException;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.crm.CrmAuth;
import org.switchboard.crm.CrmConnector;
import org.switchboard.crm.DurableOutbox;
import org.switchboard.crm.DynamicsCrm;
import org.switchboard.crm.DynamicsSettings;
import org.switchboard.crm.GenericRestCrm;
import org.switchboard.crm.HubSpotCrm;
import org.switchboard.crm.HubSpotSettings;
import org.switchboard.crm.LdapDirectory;
import org.switchboard.crm.LdapSettings;
import org.switchboard.crm.LocalCrm;
import org.switchboard.crm.LookupSettings;
import org.switchboard.crm.SalesforceCrm;
import org.switchboard.crm.SalesforceSettings;
import org.switchboard.crm.ScreenPopService;
import org.switchboard.crm.ZendeskCrm;
import org.switchboard.crm.ZendeskSettings;

/**
 * Starts the configured CRM connector with screen pop and the durable outbox (in {@code
 * <dataDir>/outbox}). Settings errors name the setting ({@code crm.options.customers}).
 */
final class AdapterCrmStarter implements CrmStarter {
  private final Clock clock;
  private final Supplier<SecretStore> secrets;

  /**
   * @param secrets the keychain, opened only for connectors that need a token or password
   */
  AdapterCrmStarter(Clock clock, Supplier<SecretStore> secrets) {
    this.clock = clock;
    this.secrets = secrets;
  }

  @Override
  public CustomerServices start(AgentConfig.Crm crm) throws AgentFailure {
    CrmAuth.OAuth oauth = OAuthOptions.read(crm.options());
    CrmConnector connector = connector(crm, oauth);
    ScreenPopService screenPop;
    try {
      screenPop =
          ScreenPopService.start(
              connector.directory(),
              crm.defaultRegion(),
              LookupSettings.defaults().withTimeout(crm.lookupTimeout()),
              clock);
    } catch (IllegalArgumentException e) {
      throw new AgentFailure(ExitCode.USAGE, "crm: " + e.getMessage(), e);
    }
    DurableOutbox outbox;
    try {
      outbox = DurableOutbox.open(crm.dataDir().resolve("outbox"), connector.callLog(), clock);
    } catch (JournalStorageException e) {
      screenPop.close();
      throw new AgentFailure(ExitCode.LOCAL, String.valueOf(e.getMessage()), e);
    }
    return new CustomerServices(
        screenPop,
        outbox,
        oauth == null ? null : OAuthOptions.signIn(oauth, secrets.get()),
        () -> {
          outbox.close();
          screenPop.close();
        },
        connector.directory());
  }

  private CrmConnector connector(AgentConfig.Crm crm, CrmAuth.@Nullable OAuth oauth)
      throws AgentFailure {
    try {
      switch (crm.connector()) {
        case "local":
          return local(crm);
        case "hubspot":
          return hubspot(crm, oauth);
        case "dynamics":
          return dynamics(crm, oauth);
        case "salesforce":
          return salesforce(crm, oauth);
        case "zendesk":
          return zendesk(crm, oauth);
        case "rest":
          return GenericRestCrm.create(RestOptions.read(crm.options()), secrets.get());
        case "ldap":
          return ldap(crm);
        default:
          throw new AgentFailure(
              ExitCode.USAGE,
              "crm.connector '"
                  + crm.connector()
                  + "' is not available in the headless agent"
                  + " (local, rest, hubspot, salesforce, zendesk, dynamics, ldap)");
      }
    } catch (IllegalArgumentException e) {
      throw new AgentFailure(ExitCode.USAGE, "crm: " + e.getMessage(), e);
    }
  }

  private static CrmConnector local(AgentConfig.Crm crm) throws AgentFailure {
    CrmOptions options = new CrmOptions(crm.options(), Set.of("customers", "journal"));
    String customers = options.text("customers", "sample");
    if (customers.equals("sample")) {
      return LocalCrm.sample(crm.dataDir(), crm.defaultRegion());
    }
    return LocalCrm.open(Path.of(customers), journal(crm, options), crm.defaultRegion());
  }

  private CrmConnector hubspot(AgentConfig.Crm crm, CrmAuth.@Nullable OAuth oauth)
      throws AgentFailure {
    CrmOptions options =
        new CrmOptions(crm.options(), Set.of("portalId", "tokenKey", "oauth", "apiUrl", "appUrl"));
    HubSpotSettings production =
        HubSpotSettings.production(
            options.required("portalId"), OAuthOptions.tokenOr(oauth, options));
    HubSpotSettings settings =
        new HubSpotSettings(
            options.https("apiUrl", production.apiUrl().toString()),
            options.https("appUrl", production.appUrl().toString()),
            production.portalId(),
            production.auth(),
            production.callKeyProperty(),
            production.dispositionIds());
    return HubSpotCrm.create(settings, secrets.get());
  }

  private CrmConnector dynamics(AgentConfig.Crm crm, CrmAuth.@Nullable OAuth oauth)
      throws AgentFailure {
    CrmOptions options = new CrmOptions(crm.options(), Set.of("orgUrl", "tokenKey", "oauth"));
    return DynamicsCrm.create(
        DynamicsSettings.of(options.https("orgUrl", null), OAuthOptions.tokenOr(oauth, options)),
        secrets.get());
  }

  private CrmConnector salesforce(AgentConfig.Crm crm, CrmAuth.@Nullable OAuth oauth)
      throws AgentFailure {
    CrmOptions options = new CrmOptions(crm.options(), Set.of("myDomain", "tokenKey", "oauth"));
    return SalesforceCrm.create(
        SalesforceSettings.production(
            options.required("myDomain"), OAuthOptions.tokenOr(oauth, options)),
        secrets.get());
  }

  private CrmConnector zendesk(AgentConfig.Crm crm, CrmAuth.@Nullable OAuth oauth)
      throws AgentFailure {
    CrmOptions options =
        new CrmOptions(crm.options(), Set.of("subdomain", "email", "tokenKey", "oauth"));
    return ZendeskCrm.create(
        ZendeskSettings.production(
            options.required("subdomain"),
            oauth != null
                ? oauth
                : new CrmAuth.Basic(
                    options.required("email") + "/token", options.required("tokenKey"))),
        secrets.get());
  }

  private CrmConnector ldap(AgentConfig.Crm crm) throws AgentFailure {
    CrmOptions options =
        new CrmOptions(
            crm.options(), Set.of("url", "baseDn", "bindDn", "passwordKey", "startTls", "journal"));
    LdapSettings.Builder builder =
        LdapSettings.builder(
                URI.create(options.required("url")),
                options.required("baseDn"),
                crm.defaultRegion())
            .startTls(options.flag("startTls", false));
    String bindDn = options.optional("bindDn");
    if (bindDn != null) {
      builder.bind(bindDn, options.required("passwordKey"));
    }
    return new CrmConnector(
        new LdapDirectory(builder.build(), secrets.get()),
        LocalCrm.journal(journal(crm, options), crm.defaultRegion()));
  }

  private static Path journal(AgentConfig.Crm crm, CrmOptions options) throws AgentFailure {
    return Path.of(options.text("journal", crm.dataDir().resolve("call-log.jsonl").toString()));
  }
}
