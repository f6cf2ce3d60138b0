package org.switchboard.queue.service.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A loopback TCP relay to a database server that a test can cut (the port refuses connections and
 * every open one breaks, as when the server or the network goes away) and restore on the same port.
 * Its threads are daemons, one accept thread while open and two per connection.
 */
final class Gate implements AutoCloseable {
  private final int targetPort;
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile @Nullable ServerSocket server;

  Gate(int targetPort) {
    this.targetPort = targetPort;
    this.port = open(0);
  }

  /** The port clients connect to. */
  int port() {
    return port;
  }

  /** Refuses new connections and breaks the open ones. */
  synchronized void cut() {
    ServerSocket listening = server;
    server = null;
    closeQuietly(listening);
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  /** Accepts connections again, on the same port. */
  synchronized void restore() {
    if (server == null) {
      open(port);
    }
  }

  @Override
  public void close() {
    cut();
  }

  private int open(int at) {
    try {
      ServerSocket listening = new ServerSocket();
      listening.setReuseAddress(true);
      listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), at));
      server = listening;
      daemon("gate-accept", () -> accept(listening));
      return listening.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + at, e);
    }
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(target);
        daemon("gate-up", () -> pump(client, target));
        daemon("gate-down", () -> pump(target, client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16384];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException broken) {
      // The gate was cut or a side hung up: both sides close.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(@Nullable AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception ignored) {
      // closing on the way out
    }
  }
}
