package org.switchboard.sip;

import java.util.List;
import org.switchboard.core.Subscription;

/**
 * The bindings of a service's registrar ({@link SipUserAgent#registrar()}). A binding lasts until
 * it expires, is refreshed or is removed by its user.
 */
public interface SipRegistrar {
  /**
   * The current (unexpired) bindings of {@code user}, most recently registered first; empty when
   * the user is not registered. Any thread.
   */
  List<RegistrarBinding> contacts(String user);

  /** Registers {@code listener}; it is called on {@code sip-events}. */
  Subscription addListener(RegistrarListener listener);
}
