package org.switchboard.queue.service.centre;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One customer contact as it stands: an immutable snapshot, sent with offers and events.
 *
 * @param id the interaction's id
 * @param ani the caller's number
 * @param dnis the number they dialled
 * @param entryPoint the entry point they came through, or null
 * @param language the caller's language, or null
 * @param attached attached data (IVR choices, digits, customer id); kept through transfers
 * @param priority higher is served first
 * @param requires the skills an agent needs, to the lowest level
 * @param status where it is now
 * @param queue the queue it is in or was last in
 * @param agent the agent handling it now (or who last did); null before an answer
 * @param legs every queue and agent it went through, oldest first
 * @param notes notes agents wrote; kept through transfers
 * @param callbackNumber the number the caller asked to be called back on; null if none
 * @param endReason why the call ended; null while it lasts
 * @param ended when the call ended (hang-up, abandon, callback); null while it lasts
 */
public record Interaction(
    String id,
    String ani,
    String dnis,
    @Nullable String entryPoint,
    @Nullable String language,
    Map<String, String> attached,
    int priority,
    Map<String, Integer> requires,
    InteractionStatus status,
    String queue,
    @Nullable String agent,
    List<Leg> legs,
    List<Note> notes,
    @Nullable String callbackNumber,
    @Nullable EndReason endReason,
    @Nullable Instant ended) {
  public Interaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ani, "ani");
    Objects.requireNonNull(dnis, "dnis");
    attached = Map.copyOf(attached);
    requires = Map.copyOf(requires);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(queue, "queue");
    legs = List.copyOf(legs);
    notes = List.copyOf(notes);
  }

  /** When the interaction first entered a queue. */
  public Instant enqueued() {
    return legs.get(0).enqueued();
  }

  /** The newest leg. */
  public Leg lastLeg() {
    return legs.get(legs.size() - 1);
  }

  /**
   * The consult leg under way, if any: while a consult transfer is open the customer is held and
   * the newest leg is the consult's, not yet ended. (A completed consult's leg is the main leg.)
   */
  public java.util.Optional<Leg> openConsult() {
    Leg last = lastLeg();
    return status == InteractionStatus.HELD && last.consult() && last.ended() == null
        ? java.util.Optional.of(last)
        : java.util.Optional.empty();
  }
}
