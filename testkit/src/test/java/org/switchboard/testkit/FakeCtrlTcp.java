package org.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** A scripted stand-in for baresip's ctrl_tcp: accepts one client, records what it sends. */
final class FakeCtrlTcp implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServerSocket server;
  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  private @Nullable Socket client;

  FakeCtrlTcp() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }

  int port() {
    return server.getLocalPort();
  }

  /** Accepts the client and starts recording its commands. */
  void accept() throws IOException {
    server.setSoTimeout(5000);
    Socket accepted = server.accept();
    client = accepted;
    InputStream in = new BufferedInputStream(accepted.getInputStream());
    Thread reader =
        new Thread(
            () -> {
              try {
                byte[] payload;
                while ((payload = Netstring.read(in)) != null) {
                  received.add(JSON.readTree(payload));
                }
              } catch (IOException e) {
                // client gone
              }
            },
            "fake-ctrl-tcp");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next command the client sent. */
  JsonNode nextCommand(Duration timeout) throws InterruptedException {
    JsonNode command = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (command == null) {
      throw new AssertionError("the client sent no command within " + timeout);
    }
    return command;
  }

  void sendRaw(String raw) throws IOException {
    OutputStream out = client().getOutputStream();
    out.write(raw.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  void send(String json) throws IOException {
    OutputStream out = client().getOutputStream();
    out.write(Netstring.encode(json.getBytes(StandardCharsets.UTF_8)));
    out.flush();
  }

  void respond(JsonNode command, boolean ok, String data) throws IOException {
    send(
        JSON.createObjectNode()
            .put("response", true)
            .put("ok", ok)
            .put("data", data)
            .put("token", command.path("token").asText())
            .toString());
  }

  void event(String type, String param) throws IOException {
    send(
        JSON.createObjectNode()
            .put("event", true)
            .put("class", "call")
            .put("type", type)
            .put("peeruri", "sip:2002@127.0.0.1")
            .put("param", param)
            .toString());
  }

  void dropClient() throws IOException {
    client().close();
  }

  private Socket client() {
    Socket accepted = client;
    if (accepted == null) {
      throw new IllegalStateException("no client accepted yet");
    }
    return accepted;
  }

  @Override
  public void close() throws IOException {
    Socket accepted = client;
    if (accepted != null) {
      accepted.close();
    }
    server.close();
  }
}
