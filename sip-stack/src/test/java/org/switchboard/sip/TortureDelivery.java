package org.switchboard.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends corpus messages to an agent over UDP, each from its own socket, and collects the first line
 * of every response per message. Three changes make the answers observable while leaving what each
 * message tests alone:
 *
 * <ul>
 *   <li>the top Via's transport and sent-by become {@code UDP} and the sending socket (responses go
 *       to the Via, RFC 3261 18.2.2; the corpus names hosts such as {@code host5.example.com});
 *   <li>a branch that several corpus files share ({@code z9hG4bKkdjuw} is in 22) gets a per-file
 *       suffix, since JAIN-SIP matches server transactions on the branch alone and would take the
 *       later files for retransmissions of the first;
 *   <li>for the files that test an endpoint's answer (listed by the caller), the Request-URI is the
 *       agent's own address, so the 404 for a stranger's address does not mask the answer tested.
 * </ul>
 */
final class TortureDelivery {
  private static final Pattern TOP_VIA =
      Pattern.compile(
          "(?im)^(?:via|v)[ \\t]*:[ \\t]*SIP[ \\t\\r\\n]*/[ \\t\\r\\n]*[0-9.]+[ \\t\\r\\n]*/"
              + "[ \\t\\r\\n]*([A-Za-z]+)[ \\t\\r\\n]+([^;,\\r\\n]+)");
  private static final Pattern BRANCH = Pattern.compile("(?i)branch=([^;,\\s]+)");
  private static final Pattern REQUEST_URI = Pattern.compile("^(\\S+) (\\S+) SIP/");

  private final String agentHost;
  private final int agentPort;
  private final String agentUri;

  TortureDelivery(String agentHost, int agentPort, String agentUser) {
    this.agentHost = agentHost;
    this.agentPort = agentPort;
    this.agentUri = "sip:" + agentUser + "@" + agentHost + ":" + agentPort;
  }

  /**
   * Sends every case (20 ms apart, from local ports {@code firstPort} upwards) and waits up to
   * {@code quiet} after the last for answers. Returns the response lines per case name.
   */
  Map<String, List<String>> fire(
      List<TortureCorpus.Case> cases, int firstPort, Set<String> addressedToAgent, long quietMillis)
      throws IOException, InterruptedException {
    Map<String, Integer> branchUse = branchUse(cases);
    Map<String, DatagramSocket> sockets = new LinkedHashMap<>();
    try {
      int port = firstPort;
      for (TortureCorpus.Case c : cases) {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(agentHost, port++));
        sockets.put(c.name(), socket);
        byte[] wire = prepare(c, socket.getLocalPort(), branchUse, addressedToAgent);
        socket.send(
            new DatagramPacket(wire, wire.length, new InetSocketAddress(agentHost, agentPort)));
        Thread.sleep(20);
      }
      long deadline = System.currentTimeMillis() + quietMillis;
      Map<String, List<String>> answers = new LinkedHashMap<>();
      for (Map.Entry<String, DatagramSocket> e : sockets.entrySet()) {
        answers.put(e.getKey(), receive(e.getValue(), deadline));
      }
      return answers;
    } finally {
      sockets.values().forEach(DatagramSocket::close);
    }
  }

  byte[] prepare(
      TortureCorpus.Case c, int localPort, Map<String, Integer> branchUse, Set<String> toAgent) {
    String text = new String(c.bytes(), StandardCharsets.ISO_8859_1);
    Matcher via = TOP_VIA.matcher(text);
    if (via.find()) {
      String sentBy = agentHost + ":" + localPort;
      String tail = text.substring(via.end(2));
      Matcher branch = BRANCH.matcher(tail);
      if (branch.find() && branchUse.getOrDefault(branch.group(1), 0) > 1) {
        tail = tail.substring(0, branch.end(1)) + "-" + localPort + tail.substring(branch.end(1));
      }
      text = text.substring(0, via.start(1)) + "UDP" + text.substring(via.end(1), via.start(2));
      text = text + sentBy + tail;
    }
    if (toAgent.contains(c.name())) {
      Matcher line = REQUEST_URI.matcher(text);
      if (line.find()) {
        text = text.substring(0, line.start(2)) + agentUri + text.substring(line.end(2));
      }
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static Map<String, Integer> branchUse(List<TortureCorpus.Case> cases) {
    Map<String, Integer> use = new HashMap<>();
    for (TortureCorpus.Case c : cases) {
      Matcher branch = BRANCH.matcher(new String(c.bytes(), StandardCharsets.ISO_8859_1));
      if (branch.find()) {
        use.merge(branch.group(1), 1, Integer::sum);
      }
    }
    return use;
  }

  private static List<String> receive(DatagramSocket socket, long deadline) throws IOException {
    List<String> lines = new ArrayList<>();
    byte[] buffer = new byte[65536];
    while (true) {
      // Past the deadline a socket still gets one short look at what has already arrived.
      long left = lines.isEmpty() ? Math.max(1, deadline - System.currentTimeMillis()) : 20;
      socket.setSoTimeout((int) left);
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        return lines;
      }
      String text = new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
      lines.add(text.split("\r\n", 2)[0]);
    }
  }
}
