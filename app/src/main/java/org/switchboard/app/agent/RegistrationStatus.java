package org.switchboard.app.agent;

/** The account's registration as the status bar shows it. */
public enum RegistrationStatus {
  /** Not registered: before the first attempt, or after un-REGISTER or lapse. */
  UNREGISTERED,
  /** A REGISTER is on its way. */
  REGISTERING,
  /** The registrar accepted the binding. */
  REGISTERED,
  /** The last attempt failed for a passing reason; another follows by itself after a delay. */
  RETRYING,
  /** The last attempt failed; the status bar says why. */
  FAILED
}
