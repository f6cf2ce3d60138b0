package org.switchboard.queue.service.definitions;

/** What a user of the service may do; every endpoint names the roles it accepts. */
public enum Role {
  /** Handles calls: own presence, offers, wrap-up. */
  AGENT,
  /** Also watches queues and agents and changes agents' presence. */
  SUPERVISOR,
  /** Also changes the configuration. */
  ADMIN
}
