package org.switchboard.app.headless;

/**
 * Starts the CRM connector, screen pop and outbox for a configuration's {@code crm} section.
 * Implemented by the composition root, which alone may name the connector classes; tests pass
 * fakes.
 */
@FunctionalInterface
public interface CrmStarter {
  /**
   * Starts the CRM side of {@code crm}. Called on the {@code main} thread.
   *
   * @throws AgentFailure naming the setting at fault (exit code {@link ExitCode#USAGE}) or the
   *     outbox directory that cannot be opened
   */
  CustomerServices start(AgentConfig.Crm crm) throws AgentFailure;

  /** For agents built without a CRM: refuses any {@code crm} section. */
  static CrmStarter none() {
    return crm -> {
      throw new AgentFailure(ExitCode.USAGE, "crm: this build has no CRM connectors");
    };
  }
}
