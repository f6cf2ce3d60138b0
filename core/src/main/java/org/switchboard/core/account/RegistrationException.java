package org.switchboard.core.account;

/** A registration attempt failed; {@link #failure()} says why. */
public class RegistrationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RegistrationFailure failure;
  private final int sipStatus;

  public RegistrationException(RegistrationFailure failure, int sipStatus, String message) {
    super(message);
    this.failure = failure;
    this.sipStatus = sipStatus;
  }

  public RegistrationFailure failure() {
    return failure;
  }

  /** The final SIP status, or 0 when none was received. */
  public int sipStatus() {
    return sipStatus;
  }
}
