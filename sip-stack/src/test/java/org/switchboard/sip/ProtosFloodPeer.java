package org.switchboard.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PROTOS driver's side of the conversation on one UDP socket: sends the filled cases, and on a
 * reader thread notes every response per case and acknowledges final non-2xx answers to INVITEs
 * (RFC 3261 17.1.1.3), as any caller would, so the agent's INVITE transactions can end.
 */
final class ProtosFloodPeer implements AutoCloseable {
  private static final Pattern CALL_ID =
      Pattern.compile("(?im)^(?:call-id|i)[ \\t]*:[ \\t]*protos-([0-9]+)@");
  private static final Pattern CSEQ =
      Pattern.compile("(?im)^cseq[ \\t]*:[ \\t]*([0-9]+)[ \\t]+INVITE");

  private static final int MAX_DATAGRAM = 65507;

  private final DatagramSocket socket;
  private final InetSocketAddress agent;
  private final String requestUri;
  private final Thread reader;
  private final Map<Integer, Integer> firstFinalStatus = new ConcurrentHashMap<>();
  private final Set<Integer> answered = ConcurrentHashMap.newKeySet();
  private final AtomicInteger responses = new AtomicInteger();
  private final AtomicInteger unattributed = new AtomicInteger();
  private volatile boolean running = true;

  ProtosFloodPeer(String host, int localPort, InetSocketAddress agent, String requestUri)
      throws IOException {
    this.socket = new DatagramSocket(new InetSocketAddress(host, localPort));
    this.socket.setReceiveBufferSize(4 << 20);
    this.socket.setSoTimeout(100);
    this.agent = agent;
    this.requestUri = requestUri;
    this.reader = new Thread(this::read, "protos-reader");
    this.reader.setDaemon(true);
    this.reader.start();
  }

  int localPort() {
    return socket.getLocalPort();
  }

  /** Sends one message; false when it is larger than a UDP datagram can be (65507 bytes). */
  boolean send(byte[] message) throws IOException {
    if (message.length > MAX_DATAGRAM) {
      return false;
    }
    socket.send(new DatagramPacket(message, message.length, agent));
    return true;
  }

  private void read() {
    byte[] buffer = new byte[65536];
    while (running) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        continue;
      } catch (IOException e) {
        return;
      }
      onResponse(new String(buffer, 0, packet.getLength(), StandardCharsets.ISO_8859_1));
    }
  }

  private void onResponse(String text) {
    responses.incrementAndGet();
    Matcher id = CALL_ID.matcher(text);
    if (!text.startsWith("SIP/2.0 ") || !id.find()) {
      unattributed.incrementAndGet();
      return;
    }
    int number = Integer.parseInt(id.group(1));
    int status = Integer.parseInt(text.substring(8, 11));
    answered.add(number);
    Matcher cseq = CSEQ.matcher(text);
    if (status >= 200 && cseq.find()) {
      firstFinalStatus.putIfAbsent(number, status);
      if (status >= 300) {
        acknowledge(text, cseq.group(1));
      }
    }
  }

  private void acknowledge(String response, String cseq) {
    String ack =
        "ACK "
            + requestUri
            + " SIP/2.0\r\n"
            + header(response, "Via")
            + header(response, "From")
            + header(response, "To")
            + header(response, "Call-ID")
            + "CSeq: "
            + cseq
            + " ACK\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
    try {
      send(ack.getBytes(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      // the socket is closing: the agent's timer H ends the transaction instead
    }
  }

  private static String header(String message, String name) {
    Matcher m = Pattern.compile("(?im)^" + name + "[ \\t]*:.*$").matcher(message);
    return m.find() ? m.group() + "\r\n" : "";
  }

  /** Cases that got at least one response carrying their Call-ID. */
  int answeredCases() {
    return answered.size();
  }

  int responses() {
    return responses.get();
  }

  int unattributedResponses() {
    return unattributed.get();
  }

  /** Cases by the first final answer to their INVITE, per status code. */
  Map<Integer, Integer> finalAnswersByStatus() {
    Map<Integer, Integer> byStatus = new TreeMap<>();
    firstFinalStatus.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
    return byStatus;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    reader.join(1000);
    socket.close();
  }
}
