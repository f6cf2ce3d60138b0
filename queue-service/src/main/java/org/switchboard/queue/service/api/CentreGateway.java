package org.switchboard.queue.service.api;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.WrapUpBody;

/**
 * What the API needs of the contact centre, in protocol terms. The implementation runs each call on
 * the centre's own thread and waits for it, so these methods may be called from any HTTP or
 * WebSocket thread; each returns the state after the change, or throws {@link Refusal}. The API
 * checks roles before calling; the gateway checks the rules (membership, versions, states).
 */
public interface CentreGateway {
  /**
   * Everything, valid at the last event published so far (the API filters it by role).
   *
   * <p>The API numbers events as the listener of {@link #subscribe} receives them, on the centre's
   * thread. So that a snapshot names exactly the last event it includes, the implementation
   * computes it on the centre's thread and sets its {@code sequence} to {@code
   * lastSequence.getAsLong()}, read there.
   *
   * @param lastSequence the API's sequence of the last event it numbered; read on the centre's
   *     thread, never blocks
   */
  SnapshotView snapshot(LongSupplier lastSequence);

  /** One agent; {@link Refusal} 404 when unknown. */
  AgentView agent(String agent);

  /** Logs {@code agent} in to {@code queues} (empty: all its memberships). */
  AgentView login(String agent, List<String> queues);

  /** Logs {@code agent} out of every queue. */
  AgentView logout(String agent);

  /** Changes presence; 409 when {@code expectedVersion} is stale, 400 for an unknown reason. */
  AgentView changePresence(String agent, PresenceView presence, @Nullable Long expectedVersion);

  /** {@code agent} accepts {@code offer}. */
  void acceptOffer(String offer, String agent);

  /** {@code agent} rejects {@code offer}. */
  void rejectOffer(String offer, String agent);

  /** One interaction. */
  InteractionView interaction(String interaction);

  /** Adds a note by {@code author}. */
  InteractionView addNote(String interaction, String author, String text);

  /** Finishes {@code agent}'s wrap-up of {@code interaction}. */
  InteractionView wrapUp(String interaction, String agent, WrapUpBody wrapUp);

  /** Transfers {@code interaction}, handled by {@code agent}. */
  InteractionView transfer(String interaction, String agent, Requests.Transfer transfer);

  /** Completes {@code agent}'s consult transfer of {@code interaction}. */
  InteractionView completeTransfer(String interaction, String agent);

  /** Cancels {@code agent}'s consult transfer of {@code interaction}. */
  InteractionView cancelTransfer(String interaction, String agent);

  /** Every queue's figures now. */
  List<QueueFiguresView> figures();

  /** Reloads the configuration; 422 with the file's errors when it is invalid. */
  CatalogueView reloadConfiguration();

  /**
   * The desktop of {@code agent} has been gone (no WebSocket) for the grace period: log it out
   * without stranding a caller (an open offer is withdrawn and the call goes back to its queue).
   */
  void desktopGone(String agent);

  /**
   * Subscribes to the centre's events, in order. Called on the centre's thread; must not block.
   *
   * @return a handle that unsubscribes
   */
  AutoCloseable subscribe(Consumer<Published> listener);

  /**
   * An event as the centre publishes it, before the API wraps it in an envelope and numbers it.
   *
   * @param type one of {@code EventTypes}
   * @param subject the id it is about
   * @param payload the protocol record to send as data
   * @param agents the agents who may see it (besides supervisors and admins, who see everything);
   *     {@code catalogue.changed} is sent to everyone whatever this lists
   */
  record Published(String type, @Nullable String subject, Object payload, List<String> agents) {
    public Published {
      agents = List.copyOf(agents);
    }
  }

  /**
   * A refused command.
   *
   * <p>Status: 400 bad input, 404 unknown, 409 stale or conflicting, 422 against the rules.
   */
  final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    public Refusal(int status, String title, String detail) {
      super(detail);
      this.status = status;
      this.title = title;
    }

    public int status() {
      return status;
    }

    public String title() {
      return title;
    }
  }
}
