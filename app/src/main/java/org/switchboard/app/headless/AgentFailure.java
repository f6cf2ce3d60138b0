package org.switchboard.app.headless;

/**
 * Why the headless agent cannot run: a message for the one line on standard error (no program name,
 * no stack trace, no secrets) and the exit code that goes with it.
 */
public class AgentFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public AgentFailure(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public AgentFailure(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? "" : message;
  }
}
