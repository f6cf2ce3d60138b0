package org.switchboard.app.headless;

/** The headless agent's process exit codes; scripts rely on these numbers. */
public enum ExitCode {
  /** Quit or end of input after a normal run, or {@code --help}. */
  OK(0),
  /** Anything not covered below. */
  OTHER(1),
  /** Bad command line or configuration. */
  USAGE(2),
  /** The registrar rejected the credentials. */
  AUTHENTICATION(3),
  /** The registrar did not answer or refused the connection. */
  UNREACHABLE(4),
  /** A local port or the local SIP/media stack could not be started. */
  LOCAL(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The number the process exits with. */
  public int code() {
    return code;
  }
}
