package org.switchboard.queue.service.centre;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.routing.Membership;
import org.switchboard.queue.service.routing.WaitingCall;
import org.switchboard.queue.service.timing.Timers;

/**
 * The contact centre: agents, interactions and offers around the {@link
 * org.switchboard.queue.service.routing.Router} (DESIGN §5).
 *
 * <p><b>Threads.</b> Not thread-safe by design: every method must be called on the centre's serial
 * executor, and the {@link Timers} given must run their tasks on that same thread ({@code
 * ExecutorTimers} over that executor). Listeners are called on it too, synchronously, in order.
 *
 * <p><b>Errors.</b> A refused command throws a {@link CentreException} and changes nothing: {@link
 * InvalidRequestException} (bad input), {@link NotFoundException}, {@link WrongStateException} or
 * {@link StaleVersionException}.
 *
 * <p><b>Routing.</b> After every command and timer, the queues it may have given an agent or a call
 * are routed until no more offers can be made; offers appear as {@link CentreEvent.OfferMade}.
 */
public final class ContactCentre {
  private final CentreCore core;
  private final Presences presences;
  private final OfferDesk offers;
  private final WrapUps wrapUps;
  private final CallDesk calls;
  private final Transfers transfers;

  /** A listener's registration; closing it stops the events. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * @param timers must run tasks on the centre's thread
   * @param random for random routing and offer ids (seed it in tests for repeatable runs)
   */
  public ContactCentre(
      CentreDefinition definition, Clock clock, Timers timers, RandomGenerator random) {
    core = new CentreCore(definition, clock, timers, random);
    presences = new Presences(core);
    Queueing queueing = new Queueing(core);
    offers = new OfferDesk(core, presences, queueing);
    wrapUps = new WrapUps(core, presences);
    calls = new CallDesk(core, queueing, offers, wrapUps, presences);
    transfers = new Transfers(core, queueing, offers, wrapUps, calls);
    core.afterTimer(offers::routeTouched);
  }

  /** Adds a listener, called on the centre's thread for every event from now on. */
  public Subscription addListener(CentreListener listener) {
    core.addListener(listener);
    return () -> core.removeListener(listener);
  }

  /**
   * Takes a reloaded configuration. Queues, agents, reasons and dispositions change for what comes
   * next; logged-in agents stay (keeping the queues they are still members of, with their new
   * skills and penalties; an agent no longer defined keeps their old definition until they log
   * out); calls in flight are kept, and a queue that went away keeps serving the calls already in
   * it.
   */
  public void apply(CentreDefinition next) {
    command(
        () -> {
          core.define(next);
          for (LiveAgent agent : core.agents.values()) {
            if (agent.loggedIn()) {
              redefine(agent, next.agent(agent.id()).orElse(agent.definition));
            }
          }
          next.queues().keySet().forEach(core::touch);
          return null;
        });
  }

  private void redefine(LiveAgent agent, AgentDefinition defined) {
    Set<String> member = new LinkedHashSet<>();
    defined.memberships().stream().map(Membership::queue).forEach(member::add);
    Set<String> queues = new LinkedHashSet<>(agent.queues);
    queues.retainAll(member);
    if (!defined.equals(agent.definition) || !queues.equals(agent.queues)) {
      agent.definition = defined;
      agent.queues = queues;
      core.changed(agent);
    }
  }

  /** The configuration in force. */
  public CentreDefinition definition() {
    return core.definition();
  }

  // Agents

  /**
   * Logs the agent in to {@code queues} (empty: all their queues) as not-ready without a reason, or
   * changes the queues of an agent already logged in.
   *
   * @throws NotFoundException the agent is not defined
   * @throws InvalidRequestException a queue the agent is not a member of
   */
  public AgentState login(String agent, Set<String> queues) {
    return command(() -> presences.login(agent, queues));
  }

  /**
   * Logs the agent out. An offer ringing for them is withdrawn (the call goes back to the head of
   * its queue, not counted as missed); a wrap-up ends now; during a call the logout is queued as
   * the next presence and applied when the call ends, skipping wrap-up.
   */
  public AgentState logout(String agent) {
    return command(
        () -> {
          LiveAgent live = core.agent(agent);
          offers.leave(live);
          if (live.routing == RoutingState.WRAP_UP) {
            live.next = new PresenceChoice(Presence.OFFLINE, null);
            wrapUps.end(live);
            return live.snapshot();
          }
          return presences.logout(agent);
        });
  }

  /** {@link #setPresence(String, Presence, String, long)} without a version check. */
  public AgentState setPresence(String agent, Presence presence, @Nullable String reason) {
    return command(() -> presences.set(agent, choice(presence, reason), null));
  }

  /**
   * The agent chooses a presence (not-ready needs a defined reason code). During an offer, a call
   * or wrap-up it is queued as the next presence and applied when that work ends; otherwise it
   * applies now (and ends not-responding).
   *
   * @param expectedVersion the agent state's version the client last saw
   * @throws NotFoundException no such agent
   * @throws InvalidRequestException unknown reason code, or a reason with ready/offline
   * @throws StaleVersionException the agent's state changed since {@code expectedVersion}
   * @throws WrongStateException the agent is not logged in
   */
  public AgentState setPresence(
      String agent, Presence presence, @Nullable String reason, long expectedVersion) {
    return command(() -> presences.set(agent, choice(presence, reason), expectedVersion));
  }

  private static PresenceChoice choice(Presence presence, @Nullable String reason) {
    if (presence != Presence.NOT_READY && reason != null) {
      throw new InvalidRequestException("only not-ready takes a reason code, not " + presence);
    }
    return new PresenceChoice(presence, reason);
  }

  /** The agent's state now. @throws NotFoundException no such agent */
  public AgentState agent(String agent) {
    return core.agent(agent).snapshot();
  }

  // Offers

  /** The offer is ringing on the agent's desktop: reserved → alerting. */
  public void offerRinging(String offer, String agent) {
    command(() -> run(() -> offers.ringing(offer, agent)));
  }

  /** The agent answered: connected; for ring-all the others are withdrawn (first accept wins). */
  public void offerAccepted(String offer, String agent) {
    command(() -> run(() -> offers.accepted(offer, agent)));
  }

  /** The agent declined; counts as a missed offer. See {@link OfferOutcome#REJECTED}. */
  public void offerRejected(String offer, String agent) {
    command(() -> run(() -> offers.rejected(offer, agent)));
  }

  // Calls

  /**
   * A customer's call joins its queue. The skills it needs are the queue's, the call's own, and
   * {@code language:<lang>} when its entry point offers several languages.
   *
   * @throws InvalidRequestException no such queue
   * @throws WrongStateException the interaction id is taken
   */
  public Interaction enqueue(NewCall call) {
    return command(() -> calls.enqueue(call));
  }

  /** The caller hung up while waiting or being offered. */
  public Interaction abandon(String interaction) {
    return command(() -> calls.abandon(interaction));
  }

  /** The caller left the queue asking to be called back on {@code number}. */
  public Interaction requestCallback(String interaction, String number) {
    return command(() -> calls.requestCallback(interaction, number));
  }

  /** The agent holds the customer. */
  public Interaction held(String interaction) {
    return command(() -> calls.held(interaction));
  }

  /** The agent takes the customer off hold. */
  public Interaction resumed(String interaction) {
    return command(() -> calls.resumed(interaction));
  }

  /** The call ended: after an answer the agent wraps up; before one it is an abandon. */
  public Interaction callEnded(String interaction) {
    return command(() -> calls.callEnded(interaction));
  }

  /** Adds an agent's note to an interaction in flight; notes stay through transfers. */
  public Interaction addNote(String interaction, String author, String text) {
    return command(() -> calls.addNote(interaction, author, text));
  }

  /**
   * The agent's wrap-up of their part of the interaction. Ends a mandatory or timed wrap-up; a
   * timed-without-early-exit one still lasts its time; after an optional one it is recorded late.
   *
   * @throws InvalidRequestException the disposition does not apply to the queue
   * @throws WrongStateException the agent has no finished part to wrap up, or already did
   */
  public Interaction submitWrapUp(
      String agent, String interaction, String disposition, String notes, List<String> tags) {
    return command(() -> wrapUps.submit(agent, interaction, disposition, notes, tags));
  }

  // Transfers

  /** Blind transfer to a queue: the agent wraps up; the call waits there as a new leg. */
  public Interaction transferToQueue(String interaction, String queue) {
    return command(() -> transfers.toQueue(interaction, queue));
  }

  /** Blind transfer to an available agent; if they miss it the call waits in its queue. */
  public Interaction transferToAgent(String interaction, String agent) {
    return command(() -> transfers.toAgent(interaction, agent));
  }

  /**
   * The customer was handed to the outside number {@code target}, which answered: the agent's part
   * ends as a transfer (they wrap up), a note from {@code agent} records the number, and the
   * interaction ends as {@link EndReason#TRANSFERRED_OUT}. The call itself goes on outside the
   * centre.
   */
  public Interaction transferredOut(String interaction, String agent, String target) {
    return command(() -> transfers.outside(interaction, agent, target));
  }

  /** Consult transfer to a queue: the customer is held while it finds an agent. */
  public Interaction consultQueue(String interaction, String queue) {
    return command(() -> transfers.consultQueue(interaction, queue));
  }

  /** Consult transfer to an available agent: the customer is held while it rings. */
  public Interaction consultAgent(String interaction, String agent) {
    return command(() -> transfers.consultAgent(interaction, agent));
  }

  /**
   * Consult transfer to the outside number {@code number} (the SIP front end dials it): the
   * customer is held meanwhile; the consult leg has the number and no agent.
   *
   * @throws WrongStateException the call is not with an agent, or a consult is already open
   */
  public Interaction consultOutside(String interaction, String number) {
    return command(() -> transfers.consultOutside(interaction, number));
  }

  /**
   * The outside number of the open consult answered; the consult can be completed from now on.
   *
   * @throws WrongStateException no consult with an outside number is ringing
   */
  public Interaction outsideConsultAnswered(String interaction) {
    return command(() -> transfers.outsideConsultAnswered(interaction));
  }

  /**
   * Hands the customer to the consult target who answered; the first agent wraps up. With an
   * outside number the interaction ends as {@link EndReason#TRANSFERRED_OUT}, as {@link
   * #transferredOut} does.
   */
  public Interaction completeTransfer(String interaction) {
    return command(() -> transfers.complete(interaction));
  }

  /** Drops the consult and returns the first agent to the customer. */
  public Interaction cancelTransfer(String interaction) {
    return command(() -> transfers.cancel(interaction));
  }

  // Reading

  /** The interaction, in flight or done within the history kept (about a day). */
  public Optional<Interaction> interaction(String id) {
    LiveInteraction live = core.interactions.get(id);
    if (live != null) {
      return Optional.of(live.snapshot());
    }
    return core.history.find(id).map(LiveInteraction::snapshot);
  }

  /** Everything now: agents, interactions in flight, open offers, waiting per queue. */
  public CentreSnapshot snapshot() {
    Map<String, List<String>> waiting = new TreeMap<>();
    for (String queue : core.definition().queues().keySet()) {
      waiting.put(queue, core.router.waiting(queue).stream().map(WaitingCall::id).toList());
    }
    return new CentreSnapshot(
        core.now(),
        core.agents.values().stream().map(LiveAgent::snapshot).toList(),
        core.interactions.values().stream().map(LiveInteraction::snapshot).toList(),
        core.offers.values().stream().map(o -> o.info).toList(),
        waiting);
  }

  /** The raw records since {@code since}, for figures. */
  public CentreRecords records(Instant since) {
    List<Interaction> interactions = new ArrayList<>(core.history.interactionsSince(since));
    core.interactions.values().forEach(i -> interactions.add(i.snapshot()));
    List<AgentSegment> segments = new ArrayList<>(core.history.segmentsSince(since));
    core.agents.values().stream().filter(LiveAgent::loggedIn).forEach(a -> segments.add(a.segment));
    return new CentreRecords(
        core.now(),
        core.definition(),
        interactions,
        segments,
        core.agents.values().stream().map(LiveAgent::snapshot).toList());
  }

  private <T> T command(Supplier<T> body) {
    try {
      return body.get();
    } finally {
      offers.routeTouched();
    }
  }

  private static @Nullable Void run(Runnable body) {
    body.run();
    return null;
  }
}
