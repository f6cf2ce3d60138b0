package org.switchboard.app.headless;

import java.time.Duration;
import java.util.Locale;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.SipAccount;

/** Turns a failed registration into the one line a user reads and the exit code. */
final class RegistrationFailures {
  private RegistrationFailures() {}

  static AgentFailure of(SipAccount account, RegistrationException e) {
    String detail = e.getMessage() == null ? "" : e.getMessage();
    int status = e.sipStatus();
    return switch (e.failure()) {
      case AUTHENTICATION_REJECTED ->
          new AgentFailure(
              ExitCode.AUTHENTICATION,
              prefix(account)
                  + "the registrar rejected the credentials"
                  + (status > 0 ? " (" + status + ")" : ""),
              e);
      case UNREACHABLE ->
          new AgentFailure(
              ExitCode.UNREACHABLE,
              prefix(account)
                  + "the registrar at "
                  + registrar(account)
                  + " is unreachable"
                  + paren(detail),
              e);
      case REJECTED ->
          new AgentFailure(
              ExitCode.OTHER,
              prefix(account)
                  + "the registrar refused the registration"
                  + (status > 0 ? " (" + status + ")" : "")
                  + (detail.isBlank() ? "" : ": " + detail),
              e);
      case LOCAL_ERROR ->
          new AgentFailure(
              ExitCode.LOCAL, prefix(account) + "the local SIP stack failed" + paren(detail), e);
    };
  }

  static AgentFailure timedOut(SipAccount account, Duration waited) {
    return new AgentFailure(
        ExitCode.UNREACHABLE,
        prefix(account)
            + "the registrar at "
            + registrar(account)
            + " is unreachable (no answer within "
            + waited.toSeconds()
            + " s)");
  }

  static AgentFailure other(SipAccount account, Throwable cause) {
    String message = cause.getMessage();
    return new AgentFailure(
        ExitCode.OTHER,
        prefix(account) + (message == null ? cause.getClass().getSimpleName() : message),
        cause);
  }

  private static String prefix(SipAccount account) {
    return "cannot register " + account.user() + "@" + account.domain() + ": ";
  }

  private static String registrar(SipAccount account) {
    return account.registrarHost()
        + ":"
        + account.registrarPort()
        + "/"
        + account.transport().name().toLowerCase(Locale.ROOT);
  }

  private static String paren(String detail) {
    return detail.isBlank() ? "" : " (" + detail + ")";
  }
}
