package org.switchboard.queue.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsErrorContext;
import io.javalin.websocket.WsMessageContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.protocol.ClientMessage;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.Paths;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.WireRole;

/**
 * The event WebSocket ({@link Paths#EVENTS}): authenticates the upgrade, reads clients' hello,
 * heartbeat and snapshot messages, and on every {@link #tick} sends heartbeats, closes silent
 * clients and reports agents whose grace period ran out. Socket callbacks run on Jetty's threads;
 * {@link #tick} on the API's ticker thread.
 */
final class EventSocket {
  private static final Logger log = LoggerFactory.getLogger(EventSocket.class);
  private static final String TOKEN = "switchboard.token";

  private final BearerAuth auth;
  private final Sessions sessions;
  private final EventStream stream;
  private final GracePeriods grace;
  private final CentreGateway centre;
  private final ApiSettings settings;
  private final Clock clock;
  private final Map<String, EventClient> clients = new ConcurrentHashMap<>();

  EventSocket(
      BearerAuth auth,
      Sessions sessions,
      EventStream stream,
      GracePeriods grace,
      CentreGateway centre,
      ApiSettings settings,
      Clock clock) {
    this.auth = auth;
    this.sessions = sessions;
    this.stream = stream;
    this.grace = grace;
    this.centre = centre;
    this.settings = settings;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.wsBeforeUpgrade(Paths.EVENTS, this::authenticate);
    app.ws(
        Paths.EVENTS,
        ws -> {
          ws.onConnect(this::connected);
          ws.onMessage(this::message);
          ws.onClose(this::closed);
          ws.onError(this::failed);
        });
  }

  private void authenticate(Context ctx) {
    String header = ctx.header(Headers.AUTHORIZATION);
    String query = ctx.queryParam("token");
    ctx.attribute(Access.PRINCIPAL, auth.authenticate(header, query));
    String token = BearerAuth.token(header);
    ctx.attribute(TOKEN, token != null ? token : query);
  }

  private void connected(WsConnectContext ctx) {
    Principal who = ctx.attribute(Access.PRINCIPAL);
    String token = ctx.attribute(TOKEN);
    if (who == null || token == null) {
      ctx.closeSession(1008, "not signed in");
      return;
    }
    // Our own silence check closes quiet clients; Jetty's idle timeout is only a backstop.
    ctx.session.setIdleTimeout(settings.silenceLimit().multipliedBy(2));
    EventClient client = new EventClient(who, token, ctx, settings.clientQueueCapacity(), clock);
    clients.put(ctx.sessionId(), client);
    if (who.role() == WireRole.AGENT) {
      grace.connected(who.user());
    }
    log.info("event socket opened for {} ({})", who.user(), who.role());
  }

  private void message(WsMessageContext ctx) {
    EventClient client = clients.get(ctx.sessionId());
    if (client == null) {
      return;
    }
    client.heard();
    ClientMessage message;
    try {
      message = ProtocolJson.mapper().readValue(ctx.message(), ClientMessage.class);
    } catch (JsonProcessingException | RuntimeException e) {
      client.close(EventClient.CLOSE_BAD_MESSAGE, "unreadable message: expected a ClientMessage");
      return;
    }
    switch (message.type()) {
      case ClientMessage.HELLO:
        hello(client, message);
        break;
      case ClientMessage.HEARTBEAT:
        if (sessions.use(client.token()).isEmpty()) {
          client.close(1008, "signed out or token expired: sign in again");
        }
        break;
      case ClientMessage.SNAPSHOT:
        if (!client.greeted()) {
          client.close(EventClient.CLOSE_BAD_MESSAGE, "say hello first");
        } else {
          stream.resync(client, false);
        }
        break;
      default:
        // A newer client may send more; ignoring keeps old services working with it.
        log.debug("ignoring a client message of type {}", message.type());
    }
  }

  private void hello(EventClient client, ClientMessage hello) {
    if (!client.greet()) {
      client.close(EventClient.CLOSE_BAD_MESSAGE, "hello was already said");
      return;
    }
    String source = hello.source();
    Long from = hello.resumeFrom();
    if (source != null && from != null && stream.resume(client, source, from)) {
      log.debug("{} resumed after #{}", client.principal().user(), from);
      return;
    }
    stream.resync(client, true);
  }

  private void closed(WsCloseContext ctx) {
    forget(ctx.sessionId());
  }

  private void failed(WsErrorContext ctx) {
    log.debug("event socket error: {}", String.valueOf(ctx.error()));
  }

  private void forget(String sessionId) {
    EventClient client = clients.get(sessionId);
    if (client == null) {
      return;
    }
    // The grace period starts before the socket stops counting as open, so whoever sees no open
    // socket also sees the grace running (Jetty calls onClose once per session).
    Principal who = client.principal();
    if (who.role() == WireRole.AGENT) {
      grace.disconnected(who.user());
    }
    clients.remove(sessionId);
    client.close(1000, "closed");
    stream.detach(client);
    log.info("event socket closed for {}", who.user());
  }

  /** Sends due heartbeats, closes silent clients, and reports agents gone past their grace. */
  void tick() {
    Instant now = clock.instant();
    Duration silence = settings.silenceLimit();
    for (EventClient client : clients.values()) {
      if (now.isAfter(client.lastHeard().plus(silence))) {
        log.info("closing the silent event socket of {}", client.principal().user());
        client.close(EventClient.CLOSE_SILENT, "no heartbeat for " + silence.toSeconds() + " s");
      } else if (client.greeted()
          && !now.isBefore(client.lastHeartbeat().plus(settings.heartbeat()))) {
        stream.heartbeat(client);
      }
    }
    for (String agent : grace.expired()) {
      log.info("agent {}'s desktop has been gone for the grace period", agent);
      try {
        centre.desktopGone(agent);
      } catch (RuntimeException e) {
        log.warn("could not log out agent {} after its desktop went: {}", agent, e.getMessage());
      }
    }
  }

  /** The number of open event sockets. */
  int openSockets() {
    return clients.size();
  }
}
