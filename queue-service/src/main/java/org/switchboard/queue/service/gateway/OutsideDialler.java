package org.switchboard.queue.service.gateway;

/**
 * Dials outside numbers for transfers: the service's SIP front end ({@code
 * ServiceTelephony#transferOut}, {@code ServiceTelephony#consultOut}). Without one, transfers to
 * outside numbers are refused with 422.
 */
public interface OutsideDialler {
  /**
   * Starts a blind transfer: dials {@code target} for {@code interaction}'s customer, handled by
   * {@code agent}. Called on an HTTP thread, never the centre's.
   *
   * @throws IllegalArgumentException the target cannot be dialled, saying why
   * @throws IllegalStateException the call is not in a state to be transferred, saying why
   */
  void transfer(String interaction, String agent, String target);

  /**
   * Dials {@code target} for the consult transfer the centre has just opened on {@code
   * interaction}, whose first agent is {@code agent}. Called on an HTTP thread, never the centre's.
   *
   * @throws IllegalArgumentException the target cannot be dialled, saying why
   * @throws IllegalStateException the call is not in a state to be transferred, saying why
   */
  void consult(String interaction, String agent, String target);

  /** One way of dialling: blind or consult. */
  @FunctionalInterface
  interface Dial {
    /** See {@link OutsideDialler#transfer} and {@link OutsideDialler#consult}. */
    void dial(String interaction, String agent, String target);
  }

  /** The dialler doing blind transfers with {@code blind} and consults with {@code consult}. */
  static OutsideDialler of(Dial blind, Dial consult) {
    return new OutsideDialler() {
      @Override
      public void transfer(String interaction, String agent, String target) {
        blind.dial(interaction, agent, target);
      }

      @Override
      public void consult(String interaction, String agent, String target) {
        consult.dial(interaction, agent, target);
      }
    };
  }
}
