package org.switchboard.queue.service.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.InteractionTimes;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.OfferEndedView;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.queue.protocol.WrapUpBody;

/**
 * A contact centre in memory for the API's protocol tests: agents, offers and interactions on one
 * {@code test-centre} thread that publishes events like the real centre. It stands for the centre
 * only here; the real one is tested end to end elsewhere. Counts calls per command.
 */
final class InMemoryCentre implements CentreGateway, AutoCloseable {
  static final CatalogueView CATALOGUE =
      new CatalogueView(
          List.of(
              new CatalogueView.QueueInfo("sales", "Sales", "mandatory", 0, 20),
              new CatalogueView.QueueInfo("support", "Support", "timed", 30, 20)),
          List.of(
              new CatalogueView.ReasonInfo("BREAK", "Break"),
              new CatalogueView.ReasonInfo("LUNCH", "Lunch")),
          List.of(
              new CatalogueView.DispositionInfo("SOLD", "Sold", List.of("sales")),
              new CatalogueView.DispositionInfo("DONE", "Done", List.of())));

  /** A reason that makes the centre fail unexpectedly, to test the API's 500. */
  static final String EXPLODE = "EXPLODE";

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-centre"));
  private final Clock clock;
  private final Map<String, AgentView> agents = new LinkedHashMap<>();
  private final Map<String, OfferView> offers = new LinkedHashMap<>();
  private final Map<String, InteractionView> interactions = new LinkedHashMap<>();
  private final Map<String, QueueFiguresView> figures = new LinkedHashMap<>();
  private final List<Consumer<Published>> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  final List<String> gone = new CopyOnWriteArrayList<>();

  InMemoryCentre(Clock clock, String... agentIds) {
    this.clock = clock;
    Instant now = clock.instant();
    for (String id : agentIds) {
      agents.put(
          id,
          new AgentView(
              id,
              "Agent " + id,
              new PresenceView(WirePresence.OFFLINE, null),
              now,
              null,
              WireRoutingState.IDLE,
              now,
              List.of(),
              null,
              0,
              1));
    }
  }

  /** How many times {@code command} was called. */
  int calls(String command) {
    AtomicInteger n = calls.get(command);
    return n == null ? 0 : n.get();
  }

  private void count(String command) {
    calls.computeIfAbsent(command, k -> new AtomicInteger()).incrementAndGet();
  }

  private <T> T onCentre(Supplier<T> work) {
    try {
      return thread.submit(work::get).get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the test centre is stuck", e);
    }
  }

  private void publish(String type, @Nullable String subject, Object payload, List<String> who) {
    Published p = new Published(type, subject, payload, who);
    listeners.forEach(l -> l.accept(p));
  }

  private AgentView known(String agent) {
    AgentView a = agents.get(agent);
    if (a == null) {
      throw new Refusal(404, "unknown agent", "no agent " + agent);
    }
    return a;
  }

  private AgentView change(
      AgentView a,
      PresenceView presence,
      WireRoutingState routing,
      List<String> queues,
      @Nullable String interaction) {
    Instant now = clock.instant();
    AgentView next =
        new AgentView(
            a.id(),
            a.name(),
            presence,
            presence.equals(a.presence()) ? a.presenceSince() : now,
            null,
            routing,
            routing == a.routing() ? a.routingSince() : now,
            queues,
            interaction,
            a.missedOffers(),
            a.version() + 1);
    agents.put(a.id(), next);
    publish(EventTypes.AGENT_CHANGED, a.id(), next, List.of(a.id()));
    return next;
  }

  @Override
  public SnapshotView snapshot(LongSupplier lastSequence) {
    return onCentre(
        () ->
            new SnapshotView(
                lastSequence.getAsLong(),
                CATALOGUE,
                new ArrayList<>(agents.values()),
                new ArrayList<>(offers.values()),
                new ArrayList<>(interactions.values()),
                new ArrayList<>(figures.values())));
  }

  @Override
  public AgentView agent(String agent) {
    return onCentre(() -> known(agent));
  }

  @Override
  public AgentView login(String agent, List<String> queues) {
    count("login");
    return onCentre(
        () -> {
          AgentView a = known(agent);
          List<String> q = queues.isEmpty() ? List.of("sales", "support") : queues;
          return change(
              a,
              new PresenceView(WirePresence.NOT_READY, "BREAK"),
              a.routing(),
              q,
              a.interaction());
        });
  }

  @Override
  public AgentView logout(String agent) {
    count("logout");
    return onCentre(
        () -> {
          AgentView a = known(agent);
          return change(
              a, new PresenceView(WirePresence.OFFLINE, null), a.routing(), List.of(), null);
        });
  }

  @Override
  public AgentView changePresence(
      String agent, PresenceView presence, @Nullable Long expectedVersion) {
    count("changePresence");
    return onCentre(
        () -> {
          AgentView a = known(agent);
          if (EXPLODE.equals(presence.reason())) {
            throw new IllegalStateException("secret internals of the centre");
          }
          if (expectedVersion != null && expectedVersion != a.version()) {
            throw new Refusal(
                409,
                "stale version",
                "agent " + agent + " is at version " + a.version() + ", not " + expectedVersion);
          }
          return change(a, presence, a.routing(), a.queues(), a.interaction());
        });
  }

  @Override
  public void acceptOffer(String offer, String agent) {
    count("acceptOffer");
    onCentre(
        () -> {
          OfferView o = offers.remove(offer);
          if (o == null || !o.agents().contains(agent)) {
            throw new Refusal(404, "unknown offer", "no offer " + offer + " for " + agent);
          }
          publish(
              EventTypes.OFFER_ENDED,
              offer,
              new OfferEndedView(offer, o.interaction().id(), "accepted", agent),
              o.agents());
          AgentView a = known(agent);
          change(a, a.presence(), WireRoutingState.CONNECTED, a.queues(), o.interaction().id());
          return null;
        });
  }

  @Override
  public void rejectOffer(String offer, String agent) {
    count("rejectOffer");
    onCentre(
        () -> {
          OfferView o = offers.remove(offer);
          if (o == null) {
            throw new Refusal(404, "unknown offer", "no offer " + offer);
          }
          publish(
              EventTypes.OFFER_ENDED,
              offer,
              new OfferEndedView(offer, o.interaction().id(), "rejected", agent),
              o.agents());
          AgentView a = known(agent);
          change(a, a.presence(), WireRoutingState.IDLE, a.queues(), null);
          return null;
        });
  }

  @Override
  public InteractionView interaction(String interaction) {
    return onCentre(() -> knownInteraction(interaction));
  }

  private InteractionView knownInteraction(String id) {
    InteractionView i = interactions.get(id);
    if (i == null) {
      throw new Refusal(404, "unknown interaction", "no interaction " + id);
    }
    return i;
  }

  @Override
  public InteractionView addNote(String interaction, String author, String text) {
    count("addNote");
    return onCentre(
        () -> {
          InteractionView i = knownInteraction(interaction);
          List<InteractionView.Note> notes = new ArrayList<>(i.notes());
          notes.add(new InteractionView.Note(author, clock.instant(), text));
          return putInteraction(withState(i, i.state(), i.agent(), notes, i.wrapUp()));
        });
  }

  @Override
  public InteractionView wrapUp(String interaction, String agent, WrapUpBody wrapUp) {
    count("wrapUp");
    return onCentre(
        () -> {
          InteractionView i = knownInteraction(interaction);
          AgentView a = known(agent);
          if (a.routing() != WireRoutingState.WRAP_UP || !interaction.equals(a.interaction())) {
            throw new Refusal(
                422, "not in wrap-up", "agent " + agent + " is not wrapping up " + interaction);
          }
          InteractionView done = putInteraction(withState(i, "ended", agent, i.notes(), wrapUp));
          interactions.remove(interaction);
          change(a, a.presence(), WireRoutingState.IDLE, a.queues(), null);
          return done;
        });
  }

  @Override
  public InteractionView transfer(String interaction, String agent, Requests.Transfer transfer) {
    count("transfer");
    return onCentre(() -> knownInteraction(interaction));
  }

  @Override
  public InteractionView completeTransfer(String interaction, String agent) {
    count("completeTransfer");
    return onCentre(() -> knownInteraction(interaction));
  }

  @Override
  public InteractionView cancelTransfer(String interaction, String agent) {
    count("cancelTransfer");
    return onCentre(() -> knownInteraction(interaction));
  }

  @Override
  public List<QueueFiguresView> figures() {
    return onCentre(() -> new ArrayList<>(figures.values()));
  }

  @Override
  public CatalogueView reloadConfiguration() {
    count("reloadConfiguration");
    return onCentre(
        () -> {
          publish(EventTypes.CATALOGUE_CHANGED, null, CATALOGUE, List.of());
          return CATALOGUE;
        });
  }

  @Override
  public void desktopGone(String agent) {
    gone.add(agent);
  }

  @Override
  public AutoCloseable subscribe(Consumer<Published> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  // What the test makes happen, as the real centre would on calls and timers.

  /** Offers a new call in {@code queue} to {@code agent}; returns the offer. */
  OfferView offer(String agent, String interactionId, String queue) {
    return onCentre(
        () -> {
          Instant now = clock.instant();
          InteractionView i =
              new InteractionView(
                  interactionId,
                  "offered",
                  "+4930123456",
                  "+4930999",
                  "main",
                  queue,
                  "en",
                  agent,
                  Map.of("account", "42"),
                  List.of(),
                  List.of(),
                  new InteractionTimes(now, now, null, List.of(), null, null, null),
                  null,
                  null,
                  null,
                  null);
          interactions.put(interactionId, i);
          publish(EventTypes.INTERACTION_CHANGED, interactionId, i, List.of(agent));
          OfferView o =
              new OfferView("offer-" + interactionId, List.of(agent), i, 12, now.plusSeconds(15));
          offers.put(o.id(), o);
          publish(EventTypes.OFFER_MADE, o.id(), o, o.agents());
          AgentView a = known(agent);
          change(a, a.presence(), WireRoutingState.ALERTING, a.queues(), interactionId);
          return o;
        });
  }

  /** The caller of {@code agent}'s interaction hangs up: the agent goes to wrap-up. */
  void hangUp(String agent) {
    onCentre(
        () -> {
          AgentView a = known(agent);
          String id = a.interaction();
          if (id == null) {
            throw new IllegalStateException(agent + " has no call");
          }
          putInteraction(withState(knownInteraction(id), "wrap_up", agent, List.of(), null));
          change(a, a.presence(), WireRoutingState.WRAP_UP, a.queues(), id);
          return null;
        });
  }

  /** Publishes figures for {@code queue} to its logged-in agents. */
  void figures(String queue, int waiting) {
    onCentre(
        () -> {
          QueueFiguresView f =
              new QueueFiguresView(
                  queue,
                  clock.instant(),
                  waiting,
                  waiting * 10L,
                  0.9,
                  20,
                  5.0,
                  100.0,
                  0.0,
                  Map.of(),
                  Map.of(),
                  0.5);
          figures.put(queue, f);
          List<String> members = new ArrayList<>();
          agents.values().stream()
              .filter(a -> a.queues().contains(queue))
              .forEach(a -> members.add(a.id()));
          publish(EventTypes.QUEUE_FIGURES, queue, f, members);
          return null;
        });
  }

  private InteractionView putInteraction(InteractionView i) {
    interactions.put(i.id(), i);
    publish(
        EventTypes.INTERACTION_CHANGED,
        i.id(),
        i,
        i.agent() == null ? List.of() : List.of(i.agent()));
    return i;
  }

  private static InteractionView withState(
      InteractionView i,
      String state,
      @Nullable String agent,
      List<InteractionView.Note> notes,
      @Nullable WrapUpBody wrapUp) {
    return new InteractionView(
        i.id(),
        state,
        i.ani(),
        i.dnis(),
        i.entryPoint(),
        i.queue(),
        i.language(),
        agent,
        i.data(),
        notes,
        i.legs(),
        i.times(),
        i.recordingId(),
        null,
        wrapUp,
        null);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
