package org.switchboard.queue.service.gateway;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.service.api.CentreGateway.Published;
import org.switchboard.queue.service.centre.CentreEvent;
import org.switchboard.queue.service.centre.CentreListener;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.figures.QueueFigures;

/**
 * Turns the centre's events into published protocol events with their audience: an agent sees
 * events about itself, its offers and the interactions it handles. Runs on the centre's thread.
 */
final class EventTranslator implements CentreListener {
  private final UnaryOperator<String> names;
  private final Consumer<Published> out;

  EventTranslator(UnaryOperator<String> names, Consumer<Published> out) {
    this.names = names;
    this.out = out;
  }

  @Override
  public void onEvent(CentreEvent event) {
    if (event instanceof CentreEvent.AgentChanged changed) {
      var agent = changed.agent();
      out.accept(
          new Published(
              EventTypes.AGENT_CHANGED,
              agent.id(),
              ProtocolViews.agent(agent, names.apply(agent.id())),
              List.of(agent.id())));
    } else if (event instanceof CentreEvent.OfferMade made) {
      out.accept(
          new Published(
              EventTypes.OFFER_MADE,
              made.offer().id(),
              ProtocolViews.offer(made.offer()),
              made.offer().agents()));
    } else if (event instanceof CentreEvent.OfferEnded ended) {
      out.accept(
          new Published(
              EventTypes.OFFER_ENDED,
              ended.offer().id(),
              ProtocolViews.offerEnded(ended),
              List.of(ended.agent())));
    } else if (event instanceof CentreEvent.InteractionChanged changed) {
      Interaction call = changed.interaction();
      out.accept(
          new Published(
              EventTypes.INTERACTION_CHANGED,
              call.id(),
              ProtocolViews.interaction(call),
              call.legs().stream()
                  .map(l -> l.agent())
                  .filter(java.util.Objects::nonNull)
                  .distinct()
                  .toList()));
    }
  }

  static Published figures(QueueFigures figures, long thresholdSeconds) {
    return new Published(
        EventTypes.QUEUE_FIGURES,
        figures.queue(),
        ProtocolViews.figures(figures, thresholdSeconds),
        List.of());
  }
}
