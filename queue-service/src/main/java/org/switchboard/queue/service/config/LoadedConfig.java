package org.switchboard.queue.service.config;

import java.util.Objects;
import org.switchboard.queue.service.definitions.CentreDefinition;

/**
 * A configuration file as loaded and checked: the contact centre it defines and the service's own
 * settings.
 *
 * @param centre queues, agents, reason codes, dispositions and entry points, references checked
 * @param service where the service listens and keeps its data
 */
public record LoadedConfig(CentreDefinition centre, ServiceSettings service) {
  public LoadedConfig {
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(service, "service");
  }
}
