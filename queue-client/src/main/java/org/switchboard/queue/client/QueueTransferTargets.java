package org.switchboard.queue.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.switchboard.core.agent.TransferDirectory;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;

/**
 * Where an agent of the queue service can hand a customer on: the centre's queues (with their
 * waiting calls) and the agents the service shows this one, matched by name or id. Their addresses
 * ({@code queue:<id>}, {@code agent:<id>}) tell {@link QueueCallControl} to transfer through the
 * service; anything else typed is an outside number.
 *
 * <p>Reads the session's last state; any thread.
 */
public final class QueueTransferTargets implements TransferDirectory {
  static final String QUEUE = "queue:";
  static final String AGENT = "agent:";

  private final QueueAgentSession session;

  public QueueTransferTargets(QueueAgentSession session) {
    this.session = session;
  }

  @Override
  public CompletableFuture<List<TransferTarget>> search(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    QueueState state = session.queueState();
    List<TransferTarget> found = new ArrayList<>();
    for (CatalogueView.QueueInfo q : state.catalogue().queues()) {
      if (matches(wanted, q.id(), q.name())) {
        QueueFiguresView figures = state.figures().get(q.id());
        String detail = figures == null ? null : figures.callsWaiting() + " waiting";
        found.add(
            new TransferTarget(TransferTarget.Kind.QUEUE, q.name(), QUEUE + q.id(), true, detail));
      }
    }
    for (AgentView a : state.agents().values()) {
      if (!a.id().equals(session.agent()) && matches(wanted, a.id(), a.name())) {
        boolean free =
            a.presence().presence() == WirePresence.READY && a.routing() == WireRoutingState.IDLE;
        found.add(
            new TransferTarget(TransferTarget.Kind.AGENT, a.name(), AGENT + a.id(), free, null));
      }
    }
    return CompletableFuture.completedFuture(found);
  }

  private static boolean matches(String wanted, String id, String name) {
    return wanted.isEmpty()
        || id.toLowerCase(Locale.ROOT).contains(wanted)
        || name.toLowerCase(Locale.ROOT).contains(wanted);
  }

  /** The service's blind transfer request for a target address: a queue, an agent, or a number. */
  static Requests.Transfer request(String target) {
    return request(target, "blind");
  }

  /**
   * The service's transfer request for a target address: a queue, an agent, or a number.
   *
   * @param mode {@code blind} or {@code consult}
   */
  static Requests.Transfer request(String target, String mode) {
    if (target.startsWith(QUEUE)) {
      return new Requests.Transfer(mode, "queue", target.substring(QUEUE.length()));
    }
    if (target.startsWith(AGENT)) {
      return new Requests.Transfer(mode, "agent", target.substring(AGENT.length()));
    }
    return new Requests.Transfer(mode, "number", target);
  }
}
