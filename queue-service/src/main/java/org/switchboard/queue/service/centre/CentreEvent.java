package org.switchboard.queue.service.centre;

import java.util.Objects;

/** Something that changed in the centre; immutable, delivered to {@link CentreListener}s. */
public sealed interface CentreEvent
    permits CentreEvent.AgentChanged,
        CentreEvent.OfferMade,
        CentreEvent.OfferEnded,
        CentreEvent.InteractionChanged {

  /** An agent's presence, routing state, queues or counters changed. */
  record AgentChanged(AgentState agent) implements CentreEvent {
    public AgentChanged {
      Objects.requireNonNull(agent, "agent");
    }
  }

  /** An offer was made to one agent or several (ring-all); the desktop pops the customer view. */
  record OfferMade(OfferInfo offer) implements CentreEvent {
    public OfferMade {
      Objects.requireNonNull(offer, "offer");
    }
  }

  /** An offer ended for {@code agent}: one event per agent the offer rang. */
  record OfferEnded(OfferInfo offer, String agent, OfferOutcome outcome) implements CentreEvent {
    public OfferEnded {
      Objects.requireNonNull(offer, "offer");
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** An interaction's status, legs, timestamps, notes or wrap-up changed. */
  record InteractionChanged(Interaction interaction) implements CentreEvent {
    public InteractionChanged {
      Objects.requireNonNull(interaction, "interaction");
    }
  }
}
