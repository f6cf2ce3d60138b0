package org.switchboard.queue.service.centre;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer's call arriving in a queue (from the IVR, or the SIP front end directly).
 *
 * @param id the interaction's id (the SIP front end puts it in the agent's INVITE)
 * @param ani the caller's number
 * @param dnis the number they dialled
 * @param entryPoint the entry point they came through; null when they came straight to a queue
 * @param queue the queue to wait in
 * @param language the caller's language; null when unknown
 * @param attached attached data: IVR choices, collected digits (account), customer id if found
 * @param priority higher is served first
 * @param skills skills this call needs on top of its queue's (e.g. {@code product:loans → 2})
 */
public record NewCall(
    String id,
    String ani,
    String dnis,
    @Nullable String entryPoint,
    String queue,
    @Nullable String language,
    Map<String, String> attached,
    int priority,
    Map<String, Integer> skills) {
  public NewCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ani, "ani");
    Objects.requireNonNull(dnis, "dnis");
    Objects.requireNonNull(queue, "queue");
    attached = Map.copyOf(attached);
    skills = Map.copyOf(skills);
  }
}
