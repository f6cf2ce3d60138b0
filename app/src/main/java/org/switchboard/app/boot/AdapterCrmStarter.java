package org.switchboard.app.boot;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Set;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.CrmStarter;
import org.switchboard.app.headless.CustomerServices;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.core.journal.JournalStorageException;
import org.switchboard.crm.CrmConnector;
import org.switchboard.crm.DurableOutbox;
import org.switchboard.crm.LocalCrm;
import org.switchboard.crm.LookupSettings;
import org.switchboard.crm.ScreenPopService;

/**
 * Starts the configured CRM connector with screen pop and the durable outbox (in {@code
 * <dataDir>/outbox}). Settings errors name the setting ({@code crm.options.customers}).
 */
final class AdapterCrmStarter implements CrmStarter {
  private final Clock clock;

  AdapterCrmStarter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public CustomerServices start(AgentConfig.Crm crm) throws AgentFailure {
    CrmConnector connector = connector(crm);
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
        () -> {
          outbox.close();
          screenPop.close();
        });
  }

  private static CrmConnector connector(AgentConfig.Crm crm) throws AgentFailure {
    try {
      if (crm.connector().equals("local")) {
        return local(crm);
      }
    } catch (IllegalArgumentException e) {
      throw new AgentFailure(ExitCode.USAGE, "crm: " + e.getMessage(), e);
    }
    throw new AgentFailure(
        ExitCode.USAGE,
        "crm.connector '" + crm.connector() + "' cannot be used by the headless agent yet");
  }

  private static CrmConnector local(AgentConfig.Crm crm) throws AgentFailure {
    JsonNode options = crm.options();
    allowOnly(options, Set.of("customers", "journal"));
    String customers = text(options, "customers", "sample");
    Path journal =
        Path.of(text(options, "journal", crm.dataDir().resolve("call-log.jsonl").toString()));
    if (customers.equals("sample")) {
      return LocalCrm.sample(crm.dataDir(), crm.defaultRegion());
    }
    return LocalCrm.open(Path.of(customers), journal, crm.defaultRegion());
  }

  private static void allowOnly(JsonNode options, Set<String> allowed) throws AgentFailure {
    for (Iterator<String> keys = options.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        throw new AgentFailure(
            ExitCode.USAGE, "unknown setting 'crm.options." + key + "' (takes " + allowed + ")");
      }
    }
  }

  private static String text(JsonNode options, String key, String fallback) throws AgentFailure {
    JsonNode value = options.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new AgentFailure(ExitCode.USAGE, "crm.options." + key + " must be a non-empty string");
    }
    return value.asText();
  }
}
