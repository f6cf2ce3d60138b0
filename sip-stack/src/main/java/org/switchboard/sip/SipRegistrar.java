package org.switchboard.sip;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

  /**
   * Takes back bindings saved before the service restarted, so that phones registered then stay
   * reachable without waiting for their next REGISTER. Expired ones, and contacts the user has
   * registered again since, are skipped; listeners hear of every user that gained a binding. The
   * next REGISTER of a restored contact replaces it, whatever its Call-ID.
   *
   * @return a future, completed on {@code sip-events}, with how many bindings were taken
   */
  CompletableFuture<Integer> restore(Collection<RegistrarBinding> saved);

  /** Registers {@code listener}; it is called on {@code sip-events}. */
  Subscription addListener(RegistrarListener listener);
}
