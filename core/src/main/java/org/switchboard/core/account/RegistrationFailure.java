package org.switchboard.core.account;

/** Why a registration failed. */
public enum RegistrationFailure {
  /** The registrar refused the credentials (403, or 401/407 again after answering a challenge). */
  AUTHENTICATION_REJECTED,
  /** No answer from the registrar in time, or the connection was refused. */
  UNREACHABLE,
  /** The registrar answered with another error. */
  REJECTED,
  /** The local SIP stack could not start, e.g. its port is in use. */
  LOCAL_ERROR
}
