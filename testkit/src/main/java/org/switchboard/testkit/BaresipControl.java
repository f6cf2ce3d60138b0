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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A client for baresip's {@code ctrl_tcp} control port: sends commands, collects events.
 *
 * <h2>Wire format (baresip 1.0.0, observed against the lab's peers)</h2>
 *
 * <p>Both directions carry JSON objects (UTF-8), each framed as a netstring: the byte length in
 * ASCII decimal, {@code ':'}, the JSON, {@code ','}. For example {@code
 * 41:{"command":"hangup","token":"sb1"},}.
 *
 * <ul>
 *   <li>Command: {@code {"command":"dial","params":"sip:2002@127.0.0.1","token":"sb1"}}. The
 *       command names are those of baresip's menu ({@code dial}, {@code hangup}, {@code accept},
 *       {@code listcalls}, {@code reginfo}, {@code help}, ...); {@code params} and {@code token}
 *       are optional.
 *   <li>Response, one per command: {@code {"response":true,"ok":true,"data":"<text>","token":
 *       "sb1"}}, the token echoed when one was sent. An unknown command gets {@code "ok":false}
 *       with data {@code "command not found (name)\n"}. {@code hangup} with no call and {@code
 *       accept} with nothing ringing still answer ok. A response may follow the events its command
 *       caused ({@code hangup}: {@code CALL_CLOSED} first).
 *   <li>Event, unasked: {@code {"event":true,"class":"call","type":"CALL_ESTABLISHED",
 *       "accountaor":"sip:2001@127.0.0.1","direction":"outgoing","peeruri":"sip:2002@127.0.0.1",
 *       "id":"<call id>","param":"sip:2002@127.0.0.1"}}. Types seen: {@code CALL_LOCAL_SDP} and
 *       {@code CALL_REMOTE_SDP} (class {@code other}, param {@code offer} or {@code answer}),
 *       {@code CALL_RINGING}, {@code CALL_ESTABLISHED}, {@code CALL_RTPESTAB}, {@code CALL_RTCP}
 *       (with {@code rtcp_stats}) and {@code CALL_CLOSED}, whose param is the reason ({@code "404
 *       Not Found"}, {@code "480 Temporarily Unavailable"}, {@code "Connection reset by user"}).
 *       {@code CALL_INCOMING} comes only when the account does not answer by itself; the lab's
 *       peers do ({@code answermode=auto}) and go straight to {@code CALL_ESTABLISHED}. A received
 *       RFC 4733 digit gives {@code CALL_DTMF_START} (param: the digit) and {@code CALL_DTMF_END}.
 *   <li>DTMF: baresip 1.0 has no {@code dtmf} command, but the unlisted {@code sndcode} with the
 *       digit as params sends it as RFC 4733 telephone-event in the current call.
 *   <li>baresip serves one control client at a time: a new connection makes it close the previous
 *       one, which this client reports as the connection having ended.
 * </ul>
 *
 * <h2>Threads</h2>
 *
 * <p>A daemon reader thread ({@code baresip-ctrl-<port>}) decodes messages and queues them; it
 * never runs caller code. Commands and waits may come from any thread; every wait is bounded and
 * fails with an {@link AssertionError} that lists the events seen. {@link #close()} closes the
 * socket, which ends the reader.
 */
public final class BaresipControl implements AutoCloseable {
  /** How long a command waits for its response. */
  public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ACTIVE_CALLS = Pattern.compile("Active calls \\((\\d+)\\)");
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final String address;
  private final Socket socket;
  private final OutputStream out;
  private final Thread reader;
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<JsonNode> responses = new LinkedBlockingQueue<>();
  private final List<String> seenTypes = new ArrayList<>();
  private final List<String> seenDetails = new ArrayList<>();
  private final AtomicInteger tokens = new AtomicInteger();
  private volatile @Nullable String ended;
  private volatile boolean closing;

  private BaresipControl(Socket socket, String address) throws IOException {
    this.socket = socket;
    this.address = address;
    this.out = socket.getOutputStream();
    InputStream in = new BufferedInputStream(socket.getInputStream());
    this.reader = new Thread(() -> readLoop(in), "baresip-ctrl-" + socket.getPort());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Connects to the control port at {@code host:port}.
   *
   * @throws UncheckedIOException when nothing accepts the connection within {@code timeout}
   */
  public static BaresipControl connect(String host, int port, Duration timeout) {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      return new BaresipControl(socket, host + ":" + port);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new UncheckedIOException(
          "cannot reach baresip's ctrl_tcp at "
              + host
              + ":"
              + port
              + " (is the lab running? lab/lab.sh status)",
          e);
    }
  }

  /** Dials {@code uri} (e.g. {@code sip:1001@127.0.0.1}); events tell how the call goes. */
  public void dial(String uri) {
    command("dial", uri);
  }

  /** Hangs up the current call, if any. */
  public void hangup() {
    command("hangup", null);
  }

  /** Answers the incoming call, if any (the lab's peers answer by themselves). */
  public void accept() {
    command("accept", null);
  }

  /**
   * Sends {@code digit} (0-9, *, #, A-D) as an RFC 4733 telephone-event in the current call.
   *
   * @throws IllegalArgumentException when {@code digit} is no DTMF digit
   */
  public void sendDtmf(char digit) {
    if ("0123456789*#ABCD".indexOf(digit) < 0) {
      throw new IllegalArgumentException("not a DTMF digit: '" + digit + "'");
    }
    command("sndcode", String.valueOf(digit));
  }

  /** The number of calls the peer has now, from {@code listcalls}. */
  public int activeCalls() {
    String listing = command("listcalls", null);
    Matcher count = ACTIVE_CALLS.matcher(listing);
    if (!count.find()) {
      throw new AssertionError("baresip's listcalls said something unexpected: " + listing);
    }
    return Integer.parseInt(count.group(1));
  }

  /**
   * Hangs up calls until the peer has none.
   *
   * @throws AssertionError when calls remain after ten hangups
   */
  public void hangupAll() {
    for (int i = 0; i < 10; i++) {
      if (activeCalls() == 0) {
        return;
      }
      hangup();
    }
    throw new AssertionError("baresip " + address + " still has calls after ten hangups");
  }

  /**
   * Sends {@code command} with optional {@code params} and waits up to {@link #COMMAND_TIMEOUT} for
   * its response.
   *
   * @return the response's {@code data} text
   * @throws AssertionError when baresip refuses the command, does not answer in time, or the
   *     connection has ended
   */
  public String command(String command, @Nullable String params) {
    String token = "sb" + tokens.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("command", command);
    if (params != null) {
      message.put("params", params);
    }
    message.put("token", token);
    send(message, command);
    long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
    while (true) {
      JsonNode response = next(responses, deadline);
      if (response == null) {
        throw failure("no answer to '" + command + "' within " + COMMAND_TIMEOUT);
      }
      // Answers to earlier commands that timed out are stale: skip them.
      if (token.equals(response.path("token").asText())) {
        if (!response.path("ok").asBoolean()) {
          throw failure("'" + command + "' refused: " + response.path("data").asText().strip());
        }
        return response.path("data").asText("");
      }
    }
  }

  /**
   * Waits for the next event of {@code type} (e.g. {@code CALL_ESTABLISHED}), consuming the events
   * before it.
   *
   * @return the event's JSON object
   * @throws AssertionError listing the events seen when none arrives within {@code timeout}, or the
   *     connection ends first
   */
  public JsonNode awaitEvent(String type, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonNode event = next(events, deadline);
      if (event == null) {
        throw failure("no " + type + " within " + timeout);
      }
      if (type.equals(event.path("type").asText())) {
        return event;
      }
    }
  }

  /** Forgets the queued events, so the next wait sees only what happens from now on. */
  public void clearEvents() {
    events.clear();
  }

  /** The types of all events received so far, oldest first, waited for or not. */
  public List<String> seen() {
    synchronized (seenTypes) {
      return List.copyOf(seenTypes);
    }
  }

  /** Closes the connection and stops the reader thread (waiting up to a second for it). */
  @Override
  public void close() {
    closing = true;
    closeQuietly(socket);
    try {
      reader.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Polls {@code queue} until {@code deadline}; null on timeout or once the reader has ended. */
  private @Nullable JsonNode next(BlockingQueue<JsonNode> queue, long deadline) {
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        JsonNode node = queue.poll(Math.max(0, Math.min(left, POLL_NANOS)), TimeUnit.NANOSECONDS);
        if (node != null) {
          return node;
        }
        if (left <= 0 || (ended != null && queue.isEmpty())) {
          return null;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for baresip " + address, e);
    }
  }

  private AssertionError failure(String what) {
    String end = ended;
    List<String> details;
    synchronized (seenTypes) {
      details = List.copyOf(seenDetails);
    }
    return new AssertionError(
        "baresip "
            + address
            + ": "
            + what
            + (end == null ? "" : "; the control connection has ended: " + end)
            + "; events seen: "
            + details);
  }

  private void send(JsonNode message, String command) {
    byte[] frame = Netstring.encode(message.toString().getBytes(StandardCharsets.UTF_8));
    synchronized (out) {
      try {
        out.write(frame);
        out.flush();
      } catch (IOException e) {
        throw failure("cannot send '" + command + "': " + e.getMessage());
      }
    }
  }

  private void readLoop(InputStream in) {
    try {
      byte[] payload;
      while ((payload = Netstring.read(in)) != null) {
        handle(payload);
      }
      ended =
          "baresip closed it (it serves one control client at a time: did another client"
              + " connect to "
              + address
              + "?)";
    } catch (IOException e) {
      ended = closing ? "closed by this client" : e.toString();
    }
  }

  private void handle(byte[] payload) {
    JsonNode node;
    try {
      node = JSON.readTree(payload);
    } catch (IOException e) {
      // Not JSON: keep it for the failure message, and keep reading.
      remember("<unreadable: " + new String(payload, StandardCharsets.UTF_8) + ">", "?");
      return;
    }
    if (node.path("event").asBoolean()) {
      String type = node.path("type").asText();
      String param = node.path("param").asText("");
      remember(type + (param.isEmpty() ? "" : "(" + param + ")"), type);
      events.add(node);
    } else if (node.path("response").asBoolean()) {
      responses.add(node);
    }
  }

  private void remember(String detail, String type) {
    synchronized (seenTypes) {
      seenTypes.add(type);
      seenDetails.add(detail);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing left to release.
    }
  }
}
