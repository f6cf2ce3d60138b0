package org.switchboard.sip.internal.sdp;

/**
 * An SDP body that cannot be used: unparseable, no audio stream, or no codec in common. The message
 * is a short cause fit for a SIP reason phrase and a log; it never quotes the body.
 */
public class UnusableSdpException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnusableSdpException(String message) {
    super(message);
  }

  public UnusableSdpException(String message, Throwable cause) {
    super(message, cause);
  }
}
