package org.switchboard.sip.internal.dns;

/** A server name leads to no address; the message names the host and the DNS servers asked. */
public final class UnresolvableHostException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnresolvableHostException(String message) {
    super(message);
  }
}
