package org.switchboard.queue.service.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.WrapUpBody;
import org.switchboard.queue.service.api.CentreGateway;
import org.switchboard.queue.service.centre.AgentState;
import org.switchboard.queue.service.centre.ContactCentre;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.figures.FiguresPublisher;
import org.switchboard.queue.service.figures.QueueFigures;

/**
 * The gateway over the real centre. Each command runs on the centre's serial executor; the calling
 * thread waits for it (bounded by {@link #COMMAND_BOUND}), so HTTP threads never touch centre
 * state. Events and figures are turned into protocol records on the centre's thread and handed to
 * subscribers there.
 */
public final class CentreService implements CentreGateway {
  /** The longest a command may wait for the centre before it is refused with 503. */
  static final Duration COMMAND_BOUND = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(CentreService.class);

  private final ContactCentre centre;
  private final ExecutorService executor;
  private final Reloader reloader;
  private final List<Consumer<Published>> subscribers = new CopyOnWriteArrayList<>();
  private final FiguresPublisher figures;
  private volatile @Nullable OutsideDialler outside;

  /**
   * Reads the configuration again; throws {@link IllegalArgumentException} saying what is wrong.
   */
  @FunctionalInterface
  public interface Reloader {
    /** The new definitions. Called on an HTTP thread, never the centre's. */
    CentreDefinition reload();
  }

  /**
   * Wires the gateway to {@code centre}. Call it on the centre's thread (or before the centre
   * handles anything): it subscribes to the centre's events and starts the figures publisher.
   *
   * @param executor the centre's serial executor
   * @param timers the centre's timers (for the figures' once-a-second pace)
   */
  public CentreService(
      ContactCentre centre,
      ExecutorService executor,
      Clock clock,
      org.switchboard.queue.service.timing.Timers timers,
      Reloader reloader) {
    this.centre = centre;
    this.executor = executor;
    this.reloader = reloader;
    EventTranslator translator = new EventTranslator(this::nameOf, this::publish);
    centre.addListener(translator);
    this.figures =
        new FiguresPublisher(
            centre,
            clock,
            timers,
            org.switchboard.queue.service.figures.FiguresWindow.sinceMidnight(clock.getZone()),
            f -> publish(EventTranslator.figures(f, thresholdOf(f.queue()))));
  }

  private void publish(Published event) {
    for (Consumer<Published> subscriber : subscribers) {
      try {
        subscriber.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("an event subscriber failed on {}", event.type(), e);
      }
    }
  }

  private String nameOf(String agent) {
    var definition = centre.definition().agents().get(agent);
    return definition == null ? agent : definition.name();
  }

  private long thresholdOf(String queue) {
    var definition = centre.definition().queues().get(queue);
    return definition == null ? 0 : definition.serviceLevel().threshold().toSeconds();
  }

  @Override
  public SnapshotView snapshot(java.util.function.LongSupplier lastSequence) {
    return onCentre(
        () -> {
          var now = centre.snapshot();
          List<QueueFiguresView> all = allFigures();
          return new SnapshotView(
              lastSequence.getAsLong(),
              ProtocolViews.catalogue(centre.definition()),
              now.agents().stream().map(a -> ProtocolViews.agent(a, nameOf(a.id()))).toList(),
              now.offers().stream().map(ProtocolViews::offer).toList(),
              now.interactions().stream().map(ProtocolViews::interaction).toList(),
              all);
        });
  }

  private List<QueueFiguresView> allFigures() {
    List<QueueFiguresView> all = new ArrayList<>();
    for (String queue : centre.definition().queues().keySet().stream().sorted().toList()) {
      QueueFigures f = figures.figures(queue);
      all.add(ProtocolViews.figures(f, thresholdOf(queue)));
    }
    return all;
  }

  @Override
  public AgentView agent(String agent) {
    return onCentre(() -> view(centre.agent(agent)));
  }

  private AgentView view(AgentState state) {
    return ProtocolViews.agent(state, nameOf(state.id()));
  }

  @Override
  public AgentView login(String agent, List<String> queues) {
    return onCentre(() -> view(centre.login(agent, new HashSet<>(queues))));
  }

  @Override
  public AgentView logout(String agent) {
    return onCentre(() -> view(centre.logout(agent)));
  }

  @Override
  public AgentView changePresence(
      String agent, PresenceView presence, @Nullable Long expectedVersion) {
    Presence wanted = Presence.valueOf(presence.presence().name());
    return onCentre(
        () ->
            view(
                expectedVersion == null
                    ? centre.setPresence(agent, wanted, presence.reason())
                    : centre.setPresence(agent, wanted, presence.reason(), expectedVersion)));
  }

  @Override
  public void acceptOffer(String offer, String agent) {
    onCentre(
        () -> {
          centre.offerAccepted(offer, agent);
          return null;
        });
  }

  @Override
  public void rejectOffer(String offer, String agent) {
    onCentre(
        () -> {
          centre.offerRejected(offer, agent);
          return null;
        });
  }

  @Override
  public InteractionView interaction(String interaction) {
    return onCentre(
        () ->
            ProtocolViews.interaction(
                centre
                    .interaction(interaction)
                    .orElseThrow(
                        () -> new Refusal(404, "unknown", "no interaction " + interaction))));
  }

  @Override
  public InteractionView addNote(String interaction, String author, String text) {
    return onCentre(() -> ProtocolViews.interaction(centre.addNote(interaction, author, text)));
  }

  @Override
  public InteractionView wrapUp(String interaction, String agent, WrapUpBody wrapUp) {
    String disposition = wrapUp.disposition();
    if (disposition == null) {
      throw new Refusal(400, "bad request", "disposition is required");
    }
    return onCentre(
        () ->
            ProtocolViews.interaction(
                centre.submitWrapUp(
                    agent, interaction, disposition, wrapUp.notes(), wrapUp.tags())));
  }

  @Override
  public InteractionView transfer(String interaction, String agent, Requests.Transfer transfer) {
    boolean consult = "consult".equals(transfer.mode());
    if (!consult && !"blind".equals(transfer.mode())) {
      throw new Refusal(400, "bad request", "mode must be blind or consult");
    }
    String target = transfer.target();
    if ("number".equals(transfer.targetType())) {
      return transferOut(interaction, agent, target, consult);
    }
    return onCentre(
        () -> {
          requireHandledBy(interaction, agent);
          switch (transfer.targetType()) {
            case "queue":
              return ProtocolViews.interaction(
                  consult
                      ? centre.consultQueue(interaction, target)
                      : centre.transferToQueue(interaction, target));
            case "agent":
              return ProtocolViews.interaction(
                  consult
                      ? centre.consultAgent(interaction, target)
                      : centre.transferToAgent(interaction, target));
            default:
              throw new Refusal(400, "bad request", "targetType must be agent, queue or number");
          }
        });
  }

  /**
   * Lets transfers to outside numbers (blind and consult) go to {@code dialler} (the SIP front end,
   * started after this gateway). Any thread.
   */
  public void useOutsideDialler(OutsideDialler dialler) {
    this.outside = dialler;
  }

  /**
   * A transfer to an outside number. Blind: checked on the centre's thread, then dialled by the SIP
   * front end on this (HTTP) thread; the interaction changes when the number answers (ADR 0031).
   */
  private InteractionView transferOut(
      String interaction, String agent, String target, boolean consult) {
    OutsideDialler dialler = outside;
    if (dialler == null) {
      throw new Refusal(
          422,
          "not available",
          "transfers to outside numbers need the service's SIP front end, not running");
    }
    if (consult) {
      return consultOut(dialler, interaction, agent, target);
    }
    InteractionView before =
        onCentre(
            () -> {
              requireHandledBy(interaction, agent);
              return ProtocolViews.interaction(centre.interaction(interaction).orElseThrow());
            });
    try {
      dialler.transfer(interaction, agent, target);
    } catch (IllegalArgumentException e) {
      throw new Refusal(422, "cannot dial", String.valueOf(e.getMessage()));
    } catch (IllegalStateException e) {
      throw new Refusal(409, "wrong state", String.valueOf(e.getMessage()));
    }
    return before;
  }

  /**
   * A consult transfer to an outside number: opened on the centre (the customer held, the consult
   * ringing), then dialled by the SIP front end on this (HTTP) thread; if it cannot dial, the
   * consult is cancelled again. The SIP front end tells the centre when the number answers.
   */
  private InteractionView consultOut(
      OutsideDialler dialler, String interaction, String agent, String target) {
    InteractionView opened =
        onCentre(
            () -> {
              requireHandledBy(interaction, agent);
              return ProtocolViews.interaction(centre.consultOutside(interaction, target));
            });
    try {
      dialler.consult(interaction, agent, target);
    } catch (IllegalArgumentException e) {
      cancelUndialled(interaction);
      throw new Refusal(422, "cannot dial", String.valueOf(e.getMessage()));
    } catch (IllegalStateException e) {
      cancelUndialled(interaction);
      throw new Refusal(409, "wrong state", String.valueOf(e.getMessage()));
    }
    return opened;
  }

  /** Cancels a consult the SIP front end could not dial; a failure is only logged. */
  private void cancelUndialled(String interaction) {
    try {
      onCentre(() -> centre.cancelTransfer(interaction));
    } catch (Refusal e) {
      LOG.warn("interaction {}: the undialled consult stays open: {}", interaction, e.getMessage());
    }
  }

  private void requireHandledBy(String interaction, String agent) {
    var call =
        centre
            .interaction(interaction)
            .orElseThrow(() -> new Refusal(404, "unknown", "no interaction " + interaction));
    if (!agent.equals(call.agent())) {
      throw new Refusal(
          409, "wrong state", "interaction " + interaction + " is not handled by " + agent);
    }
  }

  @Override
  public InteractionView completeTransfer(String interaction, String agent) {
    return onCentre(
        () -> {
          requireHandledBy(interaction, agent);
          return ProtocolViews.interaction(centre.completeTransfer(interaction));
        });
  }

  @Override
  public InteractionView cancelTransfer(String interaction, String agent) {
    return onCentre(
        () -> {
          requireHandledBy(interaction, agent);
          return ProtocolViews.interaction(centre.cancelTransfer(interaction));
        });
  }

  @Override
  public List<QueueFiguresView> figures() {
    return onCentre(this::allFigures);
  }

  @Override
  public CatalogueView reloadConfiguration() {
    CentreDefinition next;
    try {
      next = reloader.reload();
    } catch (IllegalArgumentException e) {
      throw new Refusal(422, "invalid configuration", String.valueOf(e.getMessage()));
    }
    return apply(next);
  }

  /**
   * Puts {@code next} in force: the centre takes it (calls in flight are kept) and every client
   * hears of the new catalogue. Any thread.
   */
  public CatalogueView apply(CentreDefinition next) {
    return onCentre(
        () -> {
          centre.apply(next);
          CatalogueView catalogue = ProtocolViews.catalogue(next);
          publish(
              new Published(
                  org.switchboard.queue.protocol.EventTypes.CATALOGUE_CHANGED,
                  null,
                  catalogue,
                  List.copyOf(next.agents().keySet())));
          return catalogue;
        });
  }

  @Override
  public void desktopGone(String agent) {
    onCentre(
        () -> {
          centre.logout(agent);
          return null;
        });
  }

  @Override
  public AutoCloseable subscribe(Consumer<Published> listener) {
    subscribers.add(listener);
    return () -> subscribers.remove(listener);
  }

  /** Runs {@code task} on the centre's thread and returns its result, refusals mapped. */
  private <T> T onCentre(Callable<T> task) {
    try {
      return executor.submit(task).get(COMMAND_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw Refusals.of(e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      throw new Refusal(
          503, "busy", "the centre did not answer within " + COMMAND_BOUND.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refusal(503, "interrupted", "interrupted while waiting for the centre");
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new Refusal(503, "stopping", "the service is stopping");
    }
  }
}
