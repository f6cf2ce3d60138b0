package org.switchboard.queue.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.protocol.ClientMessage;
import org.switchboard.queue.protocol.Event;
import org.switchboard.queue.protocol.EventTypes;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.Paths;
import org.switchboard.queue.protocol.ProtocolJson;

/** A bare event WebSocket for protocol tests: sends what the test says, keeps what arrives. */
final class RawSocket implements AutoCloseable {
  final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closed = new CompletableFuture<>();
  final CompletableFuture<Integer> failedWithStatus = new CompletableFuture<>();
  private final WebSocket socket;

  /** Opens a socket with {@code token} in the header, or in the query when {@code inQuery}. */
  RawSocket(OkHttpClient http, String base, String token, boolean inQuery) {
    String url = base.replace("http", "ws") + Paths.EVENTS + (inQuery ? "?token=" + token : "");
    Request.Builder request = new Request.Builder().url(url);
    if (!inQuery) {
      request.header(Headers.AUTHORIZATION, "Bearer " + token);
    }
    socket =
        http.newWebSocket(
            request.build(),
            new WebSocketListener() {
              @Override
              public void onMessage(WebSocket webSocket, String text) {
                try {
                  received.add(ProtocolJson.mapper().readValue(text, Event.class));
                } catch (JsonProcessingException e) {
                  throw new IllegalStateException(e);
                }
              }

              @Override
              public void onClosing(WebSocket webSocket, int code, String reason) {
                closed.complete(code);
                webSocket.close(1000, null);
              }

              @Override
              public void onClosed(WebSocket webSocket, int code, String reason) {
                closed.complete(code);
              }

              @Override
              public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
                failedWithStatus.complete(response == null ? -1 : response.code());
                closed.complete(-1);
              }
            });
  }

  void send(ClientMessage message) throws JsonProcessingException {
    socket.send(ProtocolJson.mapper().writeValueAsString(message));
  }

  /** The next event, waiting at most 5 s. */
  Event next() throws InterruptedException {
    Event e = received.poll(5, TimeUnit.SECONDS);
    if (e == null) {
      throw new AssertionError("no event within 5 s");
    }
    return e;
  }

  /** The next event that is not a heartbeat. */
  Event nextNotHeartbeat() throws InterruptedException {
    while (true) {
      Event e = next();
      if (!EventTypes.HEARTBEAT.equals(e.type())) {
        return e;
      }
    }
  }

  /** The next {@code n} sequenced events (skipping heartbeats). */
  List<Event> nextSequenced(int n) throws InterruptedException {
    List<Event> events = new ArrayList<>();
    while (events.size() < n) {
      Event e = nextNotHeartbeat();
      if (e.sequence() > 0) {
        events.add(e);
      }
    }
    return events;
  }

  /** Ends the connection abruptly, as a dropped network would. */
  void drop() {
    socket.cancel();
  }

  @Override
  public void close() {
    socket.close(1000, null);
  }
}
