package org.switchboard.queue.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.protocol.Event;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.Heartbeat;
import org.switchboard.queue.protocol.OfferView;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.Welcome;
import org.switchboard.queue.service.api.ReplayBuffer.Numbered;

/**
 * The service's one event stream: numbers every event the centre publishes (one sequence for the
 * whole service run, named by {@link #source()}), keeps the recent ones for resuming clients, and
 * hands each to the connected clients allowed to see it.
 *
 * <p>Threads: {@link #publish} runs on the centre's thread; the rest on WebSocket and ticker
 * threads. One lock guards the sequence, the replay buffer and the client set, so a client is
 * attached exactly between two events: what it is replayed and what it is sent live neither overlap
 * nor leave a gap. Nothing under the lock waits: sends only queue (see {@link EventClient}), and
 * snapshots are taken from the centre before the lock is held.
 */
final class EventStream {
  private static final Logger log = LoggerFactory.getLogger(EventStream.class);
  private static final int SNAPSHOT_ATTEMPTS = 3;

  private final String source;
  private final CentreGateway centre;
  private final Clock clock;
  private final long heartbeatSeconds;
  private final long graceSeconds;
  private final ReplayBuffer recent;
  private final Set<EventClient> clients = new LinkedHashSet<>();
  private long sequence;

  EventStream(
      String source,
      CentreGateway centre,
      Clock clock,
      int replayCapacity,
      long heartbeatSeconds,
      long graceSeconds) {
    this.source = source;
    this.centre = centre;
    this.clock = clock;
    this.recent = new ReplayBuffer(replayCapacity);
    this.heartbeatSeconds = heartbeatSeconds;
    this.graceSeconds = graceSeconds;
  }

  /** The stream's name, {@code /queue-service/<run id>}. */
  String source() {
    return source;
  }

  /** The sequence of the last event numbered so far; 0 before the first. */
  synchronized long lastSequence() {
    return sequence;
  }

  /** Numbers {@code published} and sends it to every client that may see it. Never blocks. */
  synchronized void publish(CentreGateway.Published published) {
    long number = ++sequence;
    Event event = envelope(published.type(), number, published.subject(), published.payload());
    Numbered numbered = new Numbered(number, published, event, json(event));
    recent.add(numbered);
    for (EventClient client : clients) {
      sendIfVisible(client, numbered);
    }
  }

  /**
   * Attaches a client that resumes {@code resumeFrom} of {@code resumeSource}: sends a welcome and
   * exactly the events it missed, then the live ones.
   *
   * @return false, sending nothing, when that is impossible (another run's stream, or events no
   *     longer kept); the caller then resyncs the client
   */
  synchronized boolean resume(EventClient client, String resumeSource, long resumeFrom) {
    if (!source.equals(resumeSource) || !recent.covers(resumeFrom, sequence)) {
      return false;
    }
    client.send(welcome(client, true));
    for (Numbered missed : recent.after(resumeFrom)) {
      sendIfVisible(client, missed);
    }
    clients.add(client);
    return true;
  }

  /**
   * Sends {@code client} a snapshot of what it may see and the events after it, attaching it if it
   * is not yet. A client already attached keeps receiving live events; the events after the
   * snapshot are sent again after it, so a client that replaces its state with the snapshot and
   * applies what follows ends up right. Blocks while the centre takes the snapshot.
   *
   * @param welcomeFirst whether to send a welcome (with {@code resumed=false}) first
   */
  void resync(EventClient client, boolean welcomeFirst) {
    for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
      SnapshotView all = centre.snapshot(this::lastSequence);
      SnapshotView mine = Visibility.snapshotFor(client.principal(), all);
      synchronized (this) {
        // A flood of events may have pushed the snapshot's successors out of the buffer already.
        if (!recent.covers(mine.sequence(), sequence)) {
          continue;
        }
        if (welcomeFirst) {
          client.send(welcome(client, false));
        }
        client.send(json(envelope(EventTypes.SNAPSHOT, 0, null, mine)));
        for (Numbered after : recent.after(mine.sequence())) {
          sendIfVisible(client, after);
        }
        clients.add(client);
        return;
      }
    }
    log.warn("could not resync {}: events outran the replay buffer", client.principal().user());
    client.close(EventClient.CLOSE_TOO_SLOW, "events outran the snapshot: reconnect");
  }

  /** Queues a heartbeat carrying the last sequence, after every event already queued. */
  synchronized void heartbeat(EventClient client) {
    client.send(json(envelope(EventTypes.HEARTBEAT, 0, null, new Heartbeat(sequence))));
    client.heartbeatSent();
  }

  /** Stops sending to {@code client}. */
  synchronized void detach(EventClient client) {
    clients.remove(client);
  }

  /** The clients attached now. */
  synchronized List<EventClient> clients() {
    return List.copyOf(clients);
  }

  private void sendIfVisible(EventClient client, Numbered numbered) {
    Principal who = client.principal();
    if (!Visibility.maySee(who, numbered.published())) {
      return;
    }
    Object payload = numbered.published().payload();
    if (!who.seesEveryone() && payload instanceof OfferView) {
      Event e = numbered.event();
      OfferView mine = Visibility.offerFor(who, (OfferView) payload);
      Event forAgent =
          new Event(
              e.specVersion(),
              e.id(),
              e.source(),
              e.type(),
              e.time(),
              e.sequence(),
              e.subject(),
              ProtocolJson.mapper().valueToTree(mine));
      client.send(json(forAgent));
      return;
    }
    client.send(numbered.json());
  }

  private String welcome(EventClient client, boolean resumed) {
    Principal who = client.principal();
    Welcome w = new Welcome(who.user(), who.role(), resumed, heartbeatSeconds, graceSeconds);
    return json(envelope(EventTypes.WELCOME, 0, null, w));
  }

  private Event envelope(String type, long number, @Nullable String subject, Object payload) {
    ObjectMapper mapper = ProtocolJson.mapper();
    String id = number > 0 ? source + "#" + number : UUID.randomUUID().toString();
    return new Event(
        Event.SPEC_VERSION,
        id,
        source,
        type,
        clock.instant(),
        number,
        subject,
        mapper.valueToTree(payload));
  }

  private static String json(Object value) {
    try {
      return ProtocolJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
