package org.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A client for baresip's {@code ctrl_tcp} module.
 *
 * <p>Wire format (observed on baresip 1.0): each message is a netstring, {@code <length>:<json>,}.
 * Commands are {@code {"command":"dial","params":"sip:...","token":"t1"}}; the answer is {@code
 * {"response":true,"ok":true,"data":"...","token":"t1"}}; events arrive unasked as {@code
 * {"event":true,"type":"CALL_ESTABLISHED","class":"call","peeruri":..., "id":...,"param":...}}
 * (types seen: CALL_LOCAL_SDP, CALL_REMOTE_SDP, CALL_INCOMING, CALL_RINGING, CALL_PROGRESS,
 * CALL_ESTABLISHED, CALL_RTPESTAB, CALL_RTCP, CALL_CLOSED).
 *
 * <p>A daemon reader thread puts every event and response into queues; the test thread waits on
 * them with time bounds. {@link #close()} closes the socket, which ends the reader.
 */
public final class BaresipControl implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Socket socket;
  private final OutputStream out;
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<JsonNode> responses = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private final AtomicInteger tokens = new AtomicInteger();

  private BaresipControl(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    Thread reader = new Thread(this::readLoop, "baresip-ctrl-" + socket.getPort());
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects to a ctrl_tcp port within {@code timeout}. */
  public static BaresipControl connect(String host, int port, Duration timeout) {
    try {
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      return new BaresipControl(socket);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach baresip's ctrl_tcp at " + host + ":" + port, e);
    }
  }

  /** Dials {@code uri} (e.g. {@code sip:1001@127.0.0.1}). */
  public void dial(String uri) {
    command("dial", uri);
  }

  /** Hangs up the current call. */
  public void hangup() {
    command("hangup", null);
  }

  /** Answers the current incoming call. */
  public void accept() {
    command("accept", null);
  }

  /**
   * Sends a command and waits up to 5 s for its response.
   *
   * @return the response's {@code data}
   * @throws AssertionError when baresip answers not-ok or not at all
   */
  public String command(String command, @Nullable String params) {
    String token = "sb" + tokens.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("command", command).put("token", token);
    if (params != null) {
      message.put("params", params);
    }
    send(message);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      JsonNode response = poll(responses, deadline);
      if (response != null && token.equals(response.path("token").asText())) {
        if (!response.path("ok").asBoolean()) {
          throw new AssertionError("baresip refused '" + command + "': " + response);
        }
        return response.path("data").asText("");
      }
    }
    throw new AssertionError("baresip did not answer '" + command + "' within 5 s");
  }

  /**
   * Waits for the next event of {@code type}, skipping others.
   *
   * @throws AssertionError listing the events seen when none arrives in time
   */
  public JsonNode awaitEvent(String type, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode event = poll(events, deadline);
      if (event != null && type.equals(event.path("type").asText())) {
        return event;
      }
    }
    throw new AssertionError("baresip sent no " + type + " within " + timeout + "; saw " + seen());
  }

  /** Forgets queued events, so the next wait sees only what happens from now on. */
  public void clearEvents() {
    events.clear();
  }

  /** The types of all events received so far, in order. */
  public synchronized List<String> seen() {
    return List.copyOf(seen);
  }

  private static @Nullable JsonNode poll(BlockingQueue<JsonNode> queue, long deadline) {
    try {
      return queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private synchronized void send(JsonNode message) {
    byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
    try {
      out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.write(',');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot send to baresip", e);
    }
  }

  private void readLoop() {
    try (InputStream in = new BufferedInputStream(socket.getInputStream())) {
      while (true) {
        byte[] body = readNetstring(in);
        JsonNode node = JSON.readTree(body);
        if (node.path("event").asBoolean()) {
          synchronized (this) {
            seen.add(node.path("type").asText());
          }
          events.add(node);
        } else if (node.path("response").asBoolean()) {
          responses.add(node);
        }
      }
    } catch (IOException e) {
      // The socket was closed: the reader ends.
    }
  }

  private static byte[] readNetstring(InputStream in) throws IOException {
    int length = 0;
    int c;
    while ((c = in.read()) != ':') {
      if (c < '0' || c > '9') {
        throw new IOException("not a netstring (got " + c + ")");
      }
      length = length * 10 + (c - '0');
    }
    byte[] body = in.readNBytes(length);
    if (body.length != length || in.read() != ',') {
      throw new IOException("truncated netstring");
    }
    return body;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing left to release.
    }
  }
}
