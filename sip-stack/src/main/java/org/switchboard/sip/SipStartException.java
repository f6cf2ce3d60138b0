package org.switchboard.sip;

/** The SIP stack could not start; the message names the cause (e.g. the port in use). */
public class SipStartException extends Exception {
  private static final long serialVersionUID = 1L;

  public SipStartException(String message) {
    super(message);
  }

  public SipStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
