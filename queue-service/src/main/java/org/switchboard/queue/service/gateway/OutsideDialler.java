package org.switchboard.queue.service.gateway;

/**
 * Starts blind transfers of customers to outside numbers: the service's SIP front end ({@code
 * ServiceTelephony#transferOut}). Without one, such transfers are refused with 422.
 */
@FunctionalInterface
public interface OutsideDialler {
  /**
   * Starts dialling {@code target} for {@code interaction}'s customer, handled by {@code agent}.
   * Called on an HTTP thread, never the centre's.
   *
   * @throws IllegalArgumentException the target cannot be dialled, saying why
   * @throws IllegalStateException the call is not in a state to be transferred, saying why
   */
  void transfer(String interaction, String agent, String target);
}
