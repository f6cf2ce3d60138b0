package org.switchboard.queue.service.calls;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.MediaPlane;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.service.centre.CentreEvent;
import org.switchboard.queue.service.centre.CentreListener;
import org.switchboard.queue.service.centre.Interaction;
import org.switchboard.queue.service.centre.InteractionStatus;
import org.switchboard.queue.service.centre.NewCall;
import org.switchboard.queue.service.centre.OfferInfo;
import org.switchboard.queue.service.centre.OfferOutcome;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.ivr.HoldSession;
import org.switchboard.queue.service.ivr.IvrOutcome;
import org.switchboard.queue.service.ivr.IvrSession;
import org.switchboard.queue.service.prompts.ExpectedWait;
import org.switchboard.queue.service.prompts.PromptLibrary;
import org.switchboard.queue.service.timing.Timers;

/**
 * Drives every call: a customer's INVITE is answered (and recorded), runs the entry point's IVR,
 * joins its queue with music and announcements; each offer the centre makes rings the agent's
 * desktop with the interaction id in {@link Headers#SIP_INTERACTION}; the agent answering bridges
 * the two legs; the agent holding plays music to the customer; either side hanging up ends both.
 * Transfers to outside numbers are {@link OutsideTransfers}' (blind) and {@link OutsideConsults}'
 * (consult), their calls {@link OutsideCalls}'; consult transfers' media {@link ConsultBridge}'s.
 *
 * <p>Threading: {@link #onCallEvent} (sip-events) and {@link #onEvent} (queue-centre) only hand
 * over to {@code callsThread}; everything else runs there.
 */
public final class CallFlows implements CallListener, CentreListener {
  private static final Logger LOG = LoggerFactory.getLogger(CallFlows.class);

  private final CallControl sip;
  private final MediaPlane media;
  private final CentreCommands centre;
  private final Supplier<CentreDefinition> definition;
  private final PromptLibrary prompts;
  private final Path promptCache;
  private final Path recordings;
  private final Timers timers;
  private final Executor callsThread;
  private final Function<AgentDefinition, String> agentTarget;
  private final Function<CallEvent.Incoming, String> dialled;
  private final AgentDialler dialAgent;
  private final Map<CallId, CustomerCall> customers = new HashMap<>();
  private final Map<String, CustomerCall> byInteraction = new HashMap<>();
  private final Map<CallId, AgentLeg> agentLegs = new LinkedHashMap<>();
  private final AgentPhones phones;

  /** Offers not yet ended, as {@code offer/agent}: a dial that waited checks it still applies. */
  private final Set<String> openOffers = new HashSet<>();

  private final java.util.Set<CallId> answeredLegs = new java.util.HashSet<>();
  private final Standings standings = new Standings();
  private final OutsideCalls outsideCalls;
  private final OutsideTransfers outside;
  private final OutsideConsults outsideConsults;
  private final ConsultBridge consults;

  /** Where the flows' files and parts are. */
  public record Parts(
      CallControl sip,
      MediaPlane media,
      CentreCommands centre,
      Supplier<CentreDefinition> definition,
      PromptLibrary prompts,
      Path promptCache,
      Path recordings,
      Timers timers,
      Executor callsThread,
      Function<AgentDefinition, String> agentTarget,
      AgentDialler dialAgent,
      Function<CallEvent.Incoming, String> dialled,
      Duration outsideRingTimeout) {}

  public CallFlows(Parts parts) {
    this.sip = parts.sip();
    this.media = parts.media();
    this.centre = parts.centre();
    this.definition = parts.definition();
    this.prompts = parts.prompts();
    this.promptCache = parts.promptCache();
    this.recordings = parts.recordings();
    this.timers = parts.timers();
    this.phones = new AgentPhones(timers);
    this.callsThread = parts.callsThread();
    this.agentTarget = parts.agentTarget();
    this.dialled = parts.dialled();
    this.dialAgent = parts.dialAgent();
    Consumer<CustomerCall> playMusic =
        customer -> customer.media.loop(prompts.music(musicOf(customer)));
    this.outsideCalls =
        new OutsideCalls(sip, media, timers, callsThread, parts.outsideRingTimeout());
    this.outside = new OutsideTransfers(sip, media, centre, outsideCalls, playMusic);
    this.outsideConsults = new OutsideConsults(sip, media, centre, outsideCalls, playMusic);
    this.consults = new ConsultBridge(sip, media, agentLegs, playMusic);
  }

  /**
   * Starts a blind transfer of {@code interaction}'s customer to the outside SIP URI {@code uri}
   * (see {@link OutsideTransfers}). Runs on {@code queue-calls}.
   *
   * @param target the number as the agent gave it
   * @return null when it started, else why not
   */
  @Nullable String transferOut(String interaction, String agent, String target, String uri) {
    CustomerCall customer = byInteraction.get(interaction);
    if (customer == null) {
      return "interaction " + interaction + " has no call at the service's SIP front end";
    }
    return outside.start(customer, agent, target, uri);
  }

  /**
   * Dials the outside SIP URI {@code uri} for the consult transfer the centre has just opened on
   * {@code interaction} (see {@link OutsideConsults}). Runs on {@code queue-calls}.
   *
   * @param target the number as the agent gave it
   * @return null when it started, else why not
   */
  @Nullable String consultOut(String interaction, String agent, String target, String uri) {
    CustomerCall customer = byInteraction.get(interaction);
    if (customer == null) {
      return "interaction " + interaction + " has no call at the service's SIP front end";
    }
    return outsideConsults.start(customer, agent, target, uri);
  }

  /** A SIP event; called on sip-events, handed over at once. */
  @Override
  public void onCallEvent(CallEvent event) {
    callsThread.execute(() -> handle(event));
  }

  /** A centre event; called on queue-centre, handed over at once. */
  @Override
  public void onEvent(CentreEvent event) {
    callsThread.execute(() -> handle(event));
  }

  private void handle(CallEvent event) {
    try {
      if (event instanceof CallEvent.Incoming incoming) {
        incoming(incoming);
        return;
      }
      if (event instanceof CallEvent.Ended) {
        phones.ended(event.callId());
      }
      CustomerCall customer = customers.get(event.callId());
      if (customer != null) {
        onCustomer(customer, event);
        return;
      }
      AgentLeg leg = agentLegs.get(event.callId());
      if (leg != null) {
        onAgentLeg(leg, event);
      } else if (outsideCalls.owns(event.callId())) {
        outsideCalls.onEvent(event);
      }
    } catch (RuntimeException e) {
      LOG.error("handling {} failed; the call goes on", event.getClass().getSimpleName(), e);
    }
  }

  private void incoming(CallEvent.Incoming incoming) {
    String number = dialled.apply(incoming);
    Optional<EntryPoint> entry = definition.get().entryPointFor(number);
    if (entry.isEmpty()) {
      LOG.info("a call to {} reaches no entry point; refused", number);
      sip.reject(incoming.callId(), false);
      return;
    }
    String interaction = UUID.randomUUID().toString();
    PlaneCall plane = new PlaneCall(incoming.callId(), media, sip, callsThread, promptCache);
    String ani = incoming.caller().phoneNumber().map(PhoneNumber::value).orElse("anonymous");
    CustomerCall customer =
        new CustomerCall(incoming.callId(), interaction, ani, number, entry.get(), plane);
    customers.put(incoming.callId(), customer);
    byInteraction.put(interaction, customer);
    media.recordTo(incoming.callId(), recordings.resolve(interaction + ".wav"));
    sip.answer(incoming.callId());
    LOG.info("call {} to {} answered as interaction {}", incoming.callId(), number, interaction);
  }

  private void onCustomer(CustomerCall customer, CallEvent event) {
    if (event instanceof CallEvent.Answered) {
      IvrSession ivr =
          new IvrSession(
              customer.entry, prompts, customer.media, timers, o -> joinQueue(customer, o));
      customer.ivr = ivr;
      ivr.start();
    } else if (event instanceof CallEvent.DtmfReceived dtmf) {
      IvrSession ivr = customer.ivr;
      HoldSession hold = customer.hold;
      if (customer.phase == CustomerCall.Phase.IVR && ivr != null) {
        ivr.onDigit(dtmf.digit());
      } else if (customer.phase == CustomerCall.Phase.QUEUED && hold != null) {
        hold.onDigit(dtmf.digit());
      }
    } else if (event instanceof CallEvent.Ended) {
      customerGone(customer);
    }
  }

  private void joinQueue(CustomerCall customer, IvrOutcome outcome) {
    customer.phase = CustomerCall.Phase.QUEUED;
    customer.language = outcome.language();
    Map<String, String> attached = new LinkedHashMap<>(outcome.attached());
    outcome.choices().forEach((step, key) -> attached.put("ivr." + step, key));
    attached.put("recordingId", customer.interaction);
    NewCall call =
        new NewCall(
            customer.interaction,
            customer.ani,
            customer.dnis,
            customer.entry.id(),
            outcome.queue(),
            outcome.language(),
            attached,
            0,
            Map.of());
    centre.later("enqueue " + customer.interaction, c -> c.enqueue(call));
    startHold(customer, outcome.queue());
  }

  private void startHold(CustomerCall customer, String queueId) {
    customer.queue = queueId;
    QueueDefinition queue = definition.get().queues().get(queueId);
    if (queue == null) {
      LOG.warn(
          "interaction {}: queue {} is gone; the caller hears silence",
          customer.interaction,
          queueId);
      return;
    }
    HoldSession hold =
        new HoldSession(
            queue,
            customer.language,
            customer.entry.defaultLanguage(),
            prompts,
            customer.media,
            timers,
            new HoldSession.Standing() {
              @Override
              public int position() {
                return Math.max(1, standings.position(customer.interaction));
              }

              @Override
              public ExpectedWait expectedWait() {
                return standings.expectedWait(customer.interaction);
              }
            },
            () ->
                centre.later(
                    "callback for " + customer.interaction,
                    c -> c.requestCallback(customer.interaction, customer.ani)));
    customer.hold = hold;
    hold.start();
  }

  private void customerGone(CustomerCall customer) {
    CustomerCall.Phase was = customer.phase;
    customer.phase = CustomerCall.Phase.ENDED;
    IvrSession ivr = customer.ivr;
    if (ivr != null) {
      ivr.onHangup();
    }
    HoldSession hold = customer.hold;
    customer.hold = null;
    if (hold != null) {
      hold.onHangup();
    }
    String id = customer.interaction;
    if (was == CustomerCall.Phase.QUEUED) {
      centre.later("abandon " + id, c -> c.abandon(id));
    } else if (was == CustomerCall.Phase.CONNECTED || was == CustomerCall.Phase.HELD) {
      centre.later("end " + id, c -> c.callEnded(id));
    }
    CallId agentLeg = customer.agentLeg;
    if (agentLeg != null) {
      sip.hangup(agentLeg);
    }
    outsideCalls.drop(customer);
    consults.customerGone(customer);
    // Ringing legs for this interaction are withdrawn by the centre's OfferEnded events.
    customers.remove(customer.call);
    byInteraction.remove(id);
    media.forget(customer.call);
  }

  private void onAgentLeg(AgentLeg leg, CallEvent event) {
    CustomerCall customer = byInteraction.get(leg.interaction());
    if (event instanceof CallEvent.RemoteRinging) {
      centre.later("ringing " + leg.offer(), c -> c.offerRinging(leg.offer(), leg.agent()));
    } else if (event instanceof CallEvent.Answered) {
      answeredLegs.add(leg.call());
      centre.later("accept " + leg.offer(), c -> c.offerAccepted(leg.offer(), leg.agent()));
      if (customer == null || customer.phase == CustomerCall.Phase.ENDED) {
        sip.hangup(leg.call());
        return;
      }
      if (leg.consult()) {
        consults.targetAnswered(customer, leg);
        return;
      }
      customer.stopHold();
      customer.agentLeg = leg.call();
      customer.phase = CustomerCall.Phase.CONNECTED;
      media.bridge(customer.call, leg.call());
    } else if (event instanceof CallEvent.Held held && held.side() != HoldSide.LOCAL) {
      if (customer != null && customer.phase == CustomerCall.Phase.CONNECTED) {
        customer.phase = CustomerCall.Phase.HELD;
        customer.media.loop(prompts.music(musicOf(customer)));
        centre.later("held " + leg.interaction(), c -> c.held(leg.interaction()));
      }
    } else if (event instanceof CallEvent.Resumed) {
      if (customer != null && customer.phase == CustomerCall.Phase.HELD) {
        customer.phase = CustomerCall.Phase.CONNECTED;
        media.bridge(customer.call, leg.call());
        centre.later("resumed " + leg.interaction(), c -> c.resumed(leg.interaction()));
      }
    } else if (event instanceof CallEvent.Ended) {
      agentLegs.remove(leg.call());
      media.forget(leg.call());
      boolean answered = answeredLegs.remove(leg.call());
      agentLegEnded(leg, customer, answered);
    }
  }

  private String musicOf(CustomerCall customer) {
    QueueDefinition queue = definition.get().queues().get(customer.queue);
    return queue == null ? "default" : queue.music();
  }

  private void agentLegEnded(AgentLeg leg, @Nullable CustomerCall customer, boolean answered) {
    if (customer != null && leg.consult()) {
      consults.targetGone(customer, leg.call());
    }
    if (customer != null && leg.call().equals(customer.agentLeg)) {
      // The agent hung up on the customer: the call is over for both.
      customer.agentLeg = null;
      String id = customer.interaction;
      customer.phase = CustomerCall.Phase.ENDED;
      centre.later("end " + id, c -> c.callEnded(id));
      sip.hangup(customer.call);
    } else if (!answered) {
      // Refused, busy or unanswered before the centre's own expiry: the offer is rejected.
      centre.later("reject " + leg.offer(), c -> c.offerRejected(leg.offer(), leg.agent()));
    }
  }

  private void handle(CentreEvent event) {
    try {
      if (event instanceof CentreEvent.OfferMade made) {
        ring(made.offer());
      } else if (event instanceof CentreEvent.OfferEnded ended) {
        offerEnded(ended);
      } else if (event instanceof CentreEvent.InteractionChanged changed) {
        standings.onInteraction(changed.interaction());
        requeued(changed.interaction());
        CustomerCall customer = byInteraction.get(changed.interaction().id());
        if (customer != null) {
          outsideConsults.changed(customer, changed.interaction());
          consults.changed(customer, changed.interaction());
        }
      } else if (event instanceof CentreEvent.AgentChanged changed) {
        standings.onAgent(changed.agent());
      }
    } catch (RuntimeException e) {
      LOG.error("handling a centre event failed; the calls go on", e);
    }
  }

  private void ring(OfferInfo offer) {
    String interaction = offer.interaction().id();
    if (!byInteraction.containsKey(interaction)) {
      return; // not a call of ours (tests put calls in through the centre)
    }
    boolean consult = ConsultBridge.consultOpen(offer.interaction());
    for (String agent : offer.agents()) {
      AgentDefinition who = definition.get().agents().get(agent);
      if (who == null) {
        continue;
      }
      Map<String, String> headers =
          Map.of(Headers.SIP_INTERACTION, interaction, Headers.SIP_OFFER, offer.id());
      String offerToAgent = offer.id() + "/" + agent;
      openOffers.add(offerToAgent);
      phones.whenFree(
          agent,
          () -> {
            if (!openOffers.contains(offerToAgent)) {
              phones.dialled(agent, null); // withdrawn while the phone was still busy
              return;
            }
            dialAgent
                .dial(agentTarget.apply(who), headers, offer.interaction().ani())
                .whenComplete(
                    (call, failure) ->
                        callsThread.execute(
                            () -> {
                              phones.dialled(agent, call);
                              if (call != null && !openOffers.contains(offerToAgent)) {
                                phones.withdrawn(call);
                                sip.hangup(call); // the offer ended while the phone was dialled
                                return;
                              }
                              dialled(offer.id(), agent, interaction, consult, call, failure);
                            }));
          });
    }
  }

  private void dialled(
      String offer,
      String agent,
      String interaction,
      boolean consult,
      @Nullable CallId call,
      @Nullable Throwable failure) {
    if (call == null) {
      LOG.info(
          "offer {}: could not call {}: {}",
          offer,
          agent,
          failure == null ? "" : failure.getMessage());
      centre.later("reject " + offer, c -> c.offerRejected(offer, agent));
      return;
    }
    agentLegs.put(call, new AgentLeg(call, offer, agent, interaction, consult));
  }

  private void offerEnded(CentreEvent.OfferEnded ended) {
    openOffers.remove(ended.offer().id() + "/" + ended.agent());
    if (ended.outcome() == OfferOutcome.ACCEPTED) {
      return;
    }
    for (AgentLeg leg : List.copyOf(agentLegs.values())) {
      if (leg.offer().equals(ended.offer().id()) && leg.agent().equals(ended.agent())) {
        agentLegs.remove(leg.call());
        phones.withdrawn(leg.call());
        sip.hangup(leg.call());
      }
    }
  }

  /**
   * A connected call the centre passed on, blind: back in a queue, or offered to a named agent. The
   * first agent's leg is let go and the customer hears music until the next agent answers.
   */
  private void requeued(Interaction interaction) {
    CustomerCall customer = byInteraction.get(interaction.id());
    if (customer == null
        || (interaction.status() != InteractionStatus.WAITING
            && interaction.status() != InteractionStatus.OFFERED)) {
      return;
    }
    if (customer.phase == CustomerCall.Phase.CONNECTED
        || customer.phase == CustomerCall.Phase.HELD) {
      CallId old = customer.agentLeg;
      customer.agentLeg = null;
      if (old != null) {
        agentLegs.remove(old);
        sip.hangup(old);
      }
      customer.phase = CustomerCall.Phase.QUEUED;
      startHold(customer, interaction.queue());
    }
  }
}
