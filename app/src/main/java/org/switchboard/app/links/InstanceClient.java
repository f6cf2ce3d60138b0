package org.switchboard.app.links;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A later start's side: sends its request to the port recorded in the port file. */
final class InstanceClient {
  private static final int CONNECT_TIMEOUT_MS = 1000;
  private static final int READ_TIMEOUT_MS = 3000;

  private InstanceClient() {}

  /**
   * Sends {@code link} (null: "show yourself") to the running instance.
   *
   * @return whether it answered {@code ok}; false when the port file is missing or stale, the
   *     connection failed, or the token was refused
   */
  static boolean forward(Path portFile, @Nullable DialLink link) {
    Optional<PortFile> recorded = PortFile.read(portFile);
    if (recorded.isEmpty()) {
      return false;
    }
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), recorded.get().port()),
          CONNECT_TIMEOUT_MS);
      socket.setSoTimeout(READ_TIMEOUT_MS);
      socket
          .getOutputStream()
          .write(
              InstanceRequests.line(recorded.get().token(), link).getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return "ok".equals(InstanceRequests.readLine(socket.getInputStream()));
    } catch (IOException e) {
      return false;
    }
  }
}
