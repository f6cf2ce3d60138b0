package org.switchboard.queue.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service does with the store as it starts: tell a clean restart from a crash, close the
 * records of calls a crash dropped, and hand back the agents' saved states. The store decides
 * nothing about routing: restoring agents (e.g. a {@code connected} agent whose call is gone) is
 * the service's.
 */
public final class Recovery {
  /**
   * End reason of a call that was waiting (queued, in the IVR or ringing) when the service died.
   */
  public static final String CRASHED_WAITING = "service_crashed";

  /** End reason of a call that was connected to an agent when the service died. */
  public static final String CRASHED_CONNECTED = "service_crashed_while_connected";

  private static final Logger log = LoggerFactory.getLogger(Recovery.class);

  private final Database database;
  private final InteractionReader reader = new InteractionReader();

  public Recovery(Database database) {
    this.database = database;
  }

  /**
   * Begins a new run, in one transaction. When the last run did not stop cleanly, every open
   * interaction is closed: those not answered in their current leg with {@link #CRASHED_WAITING},
   * answered ones with {@link #CRASHED_CONNECTED}; their open legs, holds and offers close too.
   * Each gets as end time the last moment the service was known alive, or the interaction's own
   * last event if that is later (a crash cannot end a call before it happened). After a clean stop
   * nothing is closed.
   *
   * <p>Called once by the service's single writer, before it accepts calls; blocks.
   *
   * @throws StoreException when the database fails (nothing is changed then)
   */
  public RecoveryReport start(Instant now) {
    RecoveryReport report =
        database.transaction(
            "recover at start",
            c -> {
              Optional<ServiceRuns.Run> previous = ServiceRuns.latest(c);
              boolean crashed = previous.isPresent() && !previous.get().stoppedCleanly();
              int waiting = 0;
              int connected = 0;
              if (crashed) {
                Instant lastAlive = previous.get().heartbeat();
                for (Interaction open : reader.open(c)) {
                  boolean answered = open.currentLeg().map(l -> l.answered() != null).orElse(false);
                  close(c, open, answered ? CRASHED_CONNECTED : CRASHED_WAITING, lastAlive);
                  if (answered) {
                    connected++;
                  } else {
                    waiting++;
                  }
                }
              }
              long runId = ServiceRuns.begin(c, now);
              return new RecoveryReport(
                  runId,
                  crashed,
                  previous.map(ServiceRuns.Run::heartbeat).orElse(null),
                  waiting,
                  connected,
                  AgentStates.all(c),
                  reader.open(c));
            });
    if (report.previousRunCrashed()) {
      log.warn(
          "The last run did not stop cleanly (last alive {}): closed {} waiting and {} connected"
              + " interactions",
          report.lastHeartbeat(),
          report.waitingClosed(),
          report.connectedClosed());
    }
    return report;
  }

  private static void close(Connection c, Interaction open, String reason, Instant lastAlive)
      throws SQLException {
    Instant end = latest(lastAlive, open);
    Interactions.close(c, open.id(), reason, end, false);
    Offers.cancelOpen(c, open.id(), end);
  }

  /** The later of {@code lastAlive} and the interaction's last recorded event. */
  private static Instant latest(Instant lastAlive, Interaction open) {
    Interaction.Times t = open.times();
    Stream<@Nullable Instant> own =
        Stream.concat(
            Stream.of(t.arrived(), t.enqueued(), t.offered(), t.answered()),
            Stream.concat(
                open.legs().stream()
                    .flatMap(l -> Stream.of(l.started(), l.offered(), l.answered())),
                open.holds().stream().flatMap(h -> Stream.of(h.held(), h.resumed()))));
    List<Instant> known = own.filter(Objects::nonNull).map(Objects::requireNonNull).toList();
    Instant end = lastAlive;
    for (Instant at : known) {
      if (at.isAfter(end)) {
        end = at;
      }
    }
    return end;
  }
}
