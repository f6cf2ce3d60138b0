package org.switchboard.app.headless;

/**
 * Starts the media engine and the SIP user agent for a configuration. Implemented by the
 * composition root, which alone may name the adapter classes; tests pass fakes.
 */
@FunctionalInterface
public interface TelephonyStarter {
  /**
   * Starts telephony for {@code config}. Called on the {@code main} thread.
   *
   * @throws AgentFailure naming the cause (e.g. the SIP port in use, exit code {@link
   *     ExitCode#LOCAL}); nothing is left running then
   */
  Telephony start(AgentConfig config) throws AgentFailure;
}
