package org.switchboard.app.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.CustomerServices;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.app.settings.CrmSettings;
import org.switchboard.core.secrets.SecretStore;

/**
 * Starts the desktop's CRM side from its settings: the connector and its location map onto the
 * connector options the headless agent uses ({@code customers}, {@code orgUrl}, {@code myDomain},
 * {@code subdomain}, {@code url}); anything more a connector needs (HubSpot's portal id, the
 * generic REST templates, LDAP's base DN) comes from {@code crm-options.json} beside the settings,
 * in the headless agent's {@code crm.options} format. Errors name the setting.
 */
final class DesktopCrm {
  static final String OPTIONS_FILE = "crm-options.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DesktopCrm() {}

  /**
   * Starts screen pop and the durable outbox. Blocking (files, maybe the keychain): call it off the
   * JavaFX thread.
   */
  static CustomerServices start(
      CrmSettings settings, DesktopEnvironment env, String agentName, Supplier<SecretStore> secrets)
      throws AgentFailure {
    AgentConfig.Crm crm =
        new AgentConfig.Crm(
            settings.connector().tag(),
            env.dataDir(),
            env.region(),
            Duration.ofMillis(1500),
            agentName,
            options(settings, env.settingsDir().resolve(OPTIONS_FILE)));
    return new AdapterCrmStarter(env.clock(), secrets).start(crm);
  }

  /** The connector options for {@code settings}, with the extra file's options on top. */
  static JsonNode options(CrmSettings settings, Path extra) throws AgentFailure {
    ObjectNode options = JSON.createObjectNode();
    String location = settings.location().strip();
    if (!location.isEmpty()) {
      switch (settings.connector()) {
        case LOCAL:
          options.put("customers", location);
          break;
        case DYNAMICS:
          options.put("orgUrl", location);
          break;
        case SALESFORCE:
          options.put("myDomain", firstLabel(location));
          break;
        case ZENDESK:
          options.put("subdomain", firstLabel(location));
          break;
        case LDAP:
          options.put("url", location);
          break;
        case HUBSPOT:
          options.put("apiUrl", location);
          break;
        default:
          break;
      }
    }
    if (Files.exists(extra)) {
      try {
        JsonNode more = JSON.readTree(extra.toFile());
        if (!(more instanceof ObjectNode)) {
          throw new AgentFailure(ExitCode.USAGE, extra + ": must hold one JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = more.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          options.set(field.getKey(), field.getValue());
        }
      } catch (IOException e) {
        throw new AgentFailure(ExitCode.USAGE, extra + ": " + e.getMessage(), e);
      }
    }
    return options;
  }

  /** {@code example} from {@code https://example.my.salesforce.com}. */
  private static String firstLabel(String location) throws AgentFailure {
    String host;
    try {
      host = URI.create(location).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    if (host == null || host.isBlank()) {
      throw new AgentFailure(ExitCode.USAGE, "CRM address: not a URL: " + location);
    }
    int dot = host.indexOf('.');
    return dot < 0 ? host : host.substring(0, dot);
  }
}
