package org.switchboard.core.agent;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;

/**
 * A call offered to the agent, with what the contact centre knows about it.
 *
 * @param call the SIP call leg carrying it, once its INVITE has arrived
 * @param interactionId the contact centre's id for the customer's contact ({@code
 *     X-Switchboard-Interaction})
 * @param queue the queue the customer waited in, if any; untrusted text
 * @param waited how long the customer waited before this offer
 * @param data attached data (IVR choices, customer id…); untrusted text
 */
public record Offer(
    @Nullable CallId call,
    String interactionId,
    @Nullable String queue,
    Duration waited,
    Map<String, String> data) {
  public Offer {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(waited, "waited");
    data = Map.copyOf(data);
  }
}
