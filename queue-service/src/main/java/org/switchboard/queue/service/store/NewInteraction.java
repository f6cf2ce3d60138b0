package org.switchboard.queue.service.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A call that has just arrived, as the service first records it.
 *
 * @param id the interaction id (also carried in the agent INVITE's header)
 * @param channel {@link Interaction#VOICE} for now
 * @param ani the caller's number
 * @param dnis the number dialled
 * @param entryPoint the configured entry point that took the call
 * @param attachedData what is known so far (IVR choices, digits, customer id); more may follow
 * @param arrivedAt when the call arrived
 */
public record NewInteraction(
    String id,
    String channel,
    String ani,
    String dnis,
    String entryPoint,
    Map<String, String> attachedData,
    Instant arrivedAt) {
  public NewInteraction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(ani, "ani");
    Objects.requireNonNull(dnis, "dnis");
    Objects.requireNonNull(entryPoint, "entryPoint");
    attachedData = Map.copyOf(attachedData);
    Objects.requireNonNull(arrivedAt, "arrivedAt");
  }

  /** A voice call. */
  public static NewInteraction voice(
      String id, String ani, String dnis, String entryPoint, Instant arrivedAt) {
    return new NewInteraction(id, Interaction.VOICE, ani, dnis, entryPoint, Map.of(), arrivedAt);
  }

  /** The same call with {@code data} attached. */
  public NewInteraction withAttachedData(Map<String, String> data) {
    return new NewInteraction(id, channel, ani, dnis, entryPoint, data, arrivedAt);
  }
}
