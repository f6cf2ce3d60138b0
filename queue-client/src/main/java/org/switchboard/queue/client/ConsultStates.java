package org.switchboard.queue.client;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;
import org.switchboard.queue.protocol.InteractionView;

/**
 * The consult transfers one agent has open, by the SIP call that carries each interaction: read
 * from the interactions the service shows ({@link InteractionView#consult()}). Only the agent who
 * handles an interaction consults on it; the target agent's call carries the same interaction but
 * no consult of theirs. Pure.
 */
final class ConsultStates {
  private ConsultStates() {}

  /**
   * @param calls the SIP call carrying an interaction, or null before its INVITE arrived
   */
  static Map<CallId, HostedConsults.State> of(
      String agent, QueueState state, Function<String, @Nullable CallId> calls) {
    Map<CallId, HostedConsults.State> open = new LinkedHashMap<>();
    for (InteractionView interaction : state.interactions().values()) {
      InteractionView.Consult consult = interaction.consult();
      if (consult == null || !agent.equals(interaction.agent())) {
        continue;
      }
      CallId call = calls.apply(interaction.id());
      if (call != null) {
        open.put(call, stateOf(consult));
      }
    }
    return open;
  }

  private static HostedConsults.State stateOf(InteractionView.Consult consult) {
    switch (consult.state().toLowerCase(Locale.ROOT)) {
      case InteractionView.Consult.ANSWERED:
        return HostedConsults.State.ANSWERED;
      case InteractionView.Consult.WAITING:
        return HostedConsults.State.WAITING;
      default:
        return HostedConsults.State.RINGING;
    }
  }
}
