package org.switchboard.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A registrar speaking SIP over plain TCP on raw sockets, to see what reaches the wire: it answers
 * each REGISTER 200 OK, counts CRLF pings and answers them with a CRLF pong when told to. One
 * daemon thread per connection; closing closes every socket.
 */
final class RawTcpRegistrar implements AutoCloseable {
  private final ServerSocket server;
  private final boolean pong;
  private final List<String> registers = new CopyOnWriteArrayList<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger pings = new AtomicInteger();

  RawTcpRegistrar(String ip, int port, boolean pong) throws IOException {
    this.pong = pong;
    this.server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getByName(ip), port));
    Thread accept = new Thread(this::acceptLoop, "raw-registrar-" + port);
    accept.setDaemon(true);
    accept.start();
  }

  /** The REGISTERs received so far, in order. */
  List<String> registers() {
    return List.copyOf(registers);
  }

  /** How many CRLF pings arrived. */
  int pings() {
    return pings.get();
  }

  /** How many connections were opened to it. */
  int connections() {
    return connections.size();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.add(socket);
        Thread reader = new Thread(() -> serve(socket), "raw-registrar-conn");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    StringBuilder buffer = new StringBuilder();
    byte[] chunk = new byte[8192];
    try (InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      for (int n; (n = in.read(chunk)) > 0; ) {
        buffer.append(new String(chunk, 0, n, StandardCharsets.ISO_8859_1));
        consume(buffer, out);
      }
    } catch (IOException e) {
      // The agent closed the connection.
    }
  }

  private void consume(StringBuilder buffer, OutputStream out) throws IOException {
    while (true) {
      if (buffer.indexOf("\r\n\r\n") == 0) {
        buffer.delete(0, 4);
        pings.incrementAndGet();
        if (pong) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        continue;
      }
      int end = buffer.indexOf("\r\n\r\n");
      if (end < 0) {
        return;
      }
      String message = buffer.substring(0, end + 4);
      buffer.delete(0, end + 4);
      if (message.startsWith("REGISTER ")) {
        registers.add(message);
        out.write(ok(message).getBytes(StandardCharsets.US_ASCII));
      }
    }
  }

  private static String ok(String request) {
    StringBuilder response = new StringBuilder("SIP/2.0 200 OK\r\n");
    for (String line : request.split("\r\n")) {
      String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim() : "";
      switch (name.toLowerCase(java.util.Locale.ROOT)) {
        case "via", "from", "call-id", "cseq", "contact" -> response.append(line).append("\r\n");
        case "to" -> response.append(line).append(";tag=raw\r\n");
        default -> {}
      }
    }
    return response.append("Expires: 120\r\nContent-Length: 0\r\n\r\n").toString();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : connections) {
      s.close();
    }
  }
}
