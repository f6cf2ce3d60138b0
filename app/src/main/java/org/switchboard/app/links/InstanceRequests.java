package org.switchboard.app.links;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The one-line protocol between a later start and the running instance. The request is {@code
 * <token> dial <link>} or {@code <token> show}, UTF-8, ending in a line feed; the answer is {@code
 * ok} or {@code error <reason>}. The running side reads at most {@link #MAX_LINE} bytes.
 */
final class InstanceRequests {
  /** Longest request line in bytes: the token, the word and a link of the longest kind. */
  static final int MAX_LINE = 4 * DialLink.MAX_LENGTH + 256;

  /** Most bytes read past an overlong request before the connection is closed. */
  private static final int DRAIN_LIMIT = 64 * 1024;

  private InstanceRequests() {}

  /** The request line for {@code link} (null: "show yourself"). */
  static String line(String token, @Nullable DialLink link) {
    return token + (link == null ? " show" : " dial " + link.asText()) + "\n";
  }

  /**
   * Serves one connection: reads the request, checks the token and the link, answers, and hands a
   * valid request to {@code received}.
   */
  static void serve(
      Socket socket, Predicate<String> isToken, Consumer<SingleInstance.Request> received)
      throws IOException {
    OutputStream out = socket.getOutputStream();
    InputStream in = new BufferedInputStream(socket.getInputStream(), 1024);
    String line = readLine(in);
    if (line == null) {
      answer(out, "error too long");
      // Read what is left (boundedly) so that closing does not reset the answer away.
      socket.shutdownOutput();
      byte[] skipped = new byte[4096];
      long left = DRAIN_LIMIT;
      for (int n = 0; left > 0 && n >= 0; n = in.read(skipped)) {
        left -= n;
      }
      return;
    }
    int space = line.indexOf(' ');
    if (space < 0 || !isToken.test(line.substring(0, space))) {
      answer(out, "error token");
      return;
    }
    String request = line.substring(space + 1);
    if (request.equals("show")) {
      answer(out, "ok");
      received.accept(new SingleInstance.Request(null));
      return;
    }
    if (!request.startsWith("dial ")) {
      answer(out, "error request");
      return;
    }
    DialLink link;
    try {
      link = DialLink.parse(request.substring(5));
    } catch (InvalidDialLinkException e) {
      answer(out, "error " + e.problem().name());
      return;
    }
    answer(out, "ok");
    received.accept(new SingleInstance.Request(link));
  }

  /** The line without its line feed, or null when it is longer than allowed. */
  static @Nullable String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0 || b == '\n') {
        return bytes.toString(StandardCharsets.UTF_8);
      }
      if (bytes.size() >= MAX_LINE) {
        return null;
      }
      bytes.write(b);
    }
  }

  private static void answer(OutputStream out, String answer) throws IOException {
    out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
