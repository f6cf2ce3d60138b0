package org.switchboard.app.links;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desktop per user: the first start holds a lock in the data directory and listens on a
 * loopback socket (127.0.0.1, an ephemeral port recorded with a random token in {@code
 * instance.port}); a later start hands its {@code tel:}/{@code sip:} link (or just "show yourself")
 * to that one and exits. Only a process that can read the user's data directory knows the token,
 * and the listener reads at most one short line per connection.
 *
 * <p>Threads: {@link #startOrForward} runs on the caller's thread (before the toolkit starts);
 * requests reach the {@link Handler} on the {@code single-instance} thread.
 */
public final class SingleInstance implements AutoCloseable {
  /** Told what later starts ask for. Called on the {@code single-instance} thread. */
  public interface Handler {
    /** A later start was given this link: show it in the dialer and dial it. */
    void dial(DialLink link);

    /** A later start had no link: bring the window forward. */
    void activate();
  }

  static final String LOCK_FILE = "instance.lock";
  static final String PORT_FILE = "instance.port";

  /** Requests kept while no handler is set yet (the window is still being built). */
  private static final int QUEUE_LIMIT = 16;

  private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  private final Path portFile;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final ServerSocket server;
  private final String token;
  private final ArrayDeque<Request> queued = new ArrayDeque<>();
  private @Nullable Handler handler;
  private volatile boolean closed;

  private SingleInstance(Path portFile, FileChannel lockChannel, FileLock lock, ServerSocket server)
      throws IOException {
    this.portFile = portFile;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.server = server;
    this.token = newToken();
    new PortFile(server.getLocalPort(), token).write(portFile);
    Thread listener = new Thread(this::listen, "single-instance");
    listener.setDaemon(true);
    listener.start();
  }

  /**
   * Becomes the running instance, or hands {@code link} to the one already running.
   *
   * @param dataDirectory the user's data directory (created if missing)
   * @param link the link this start was given, null for none
   * @return this start's instance when it is the first; empty when the running one took the request
   *     (the caller exits)
   * @throws IOException when another instance holds the lock but does not answer in time, or the
   *     data directory cannot be used
   */
  public static Optional<SingleInstance> startOrForward(Path dataDirectory, @Nullable DialLink link)
      throws IOException {
    return startOrForward(dataDirectory, link, PATIENCE);
  }

  static Optional<SingleInstance> startOrForward(
      Path dataDirectory, @Nullable DialLink link, Duration patience) throws IOException {
    Files.createDirectories(dataDirectory);
    Path portFile = dataDirectory.resolve(PORT_FILE);
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Optional<SingleInstance> first = tryToBeFirst(dataDirectory, portFile);
      if (first.isPresent()) {
        return first;
      }
      if (InstanceClient.forward(portFile, link)) {
        return Optional.empty();
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IOException(
            "another Switchboard desktop is running but did not answer; close it and try again");
      }
      pause();
    }
  }

  private static Optional<SingleInstance> tryToBeFirst(Path dataDirectory, Path portFile)
      throws IOException {
    Path lockFile = dataDirectory.resolve(LOCK_FILE);
    PortFile.createPrivate(lockFile);
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    ServerSocket server = null;
    try {
      server = new ServerSocket();
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
      return Optional.of(new SingleInstance(portFile, channel, lock, server));
    } catch (IOException | RuntimeException e) {
      if (server != null) {
        server.close();
      }
      channel.close();
      throw e;
    }
  }

  /**
   * Sets who handles requests, and hands it at once (on the calling thread) whatever arrived
   * before.
   */
  public void onRequest(Handler handler) {
    List<Request> earlier;
    synchronized (queued) {
      this.handler = handler;
      earlier = List.copyOf(queued);
      queued.clear();
    }
    earlier.forEach(r -> deliver(handler, r));
  }

  /** The loopback port listened on. */
  public int port() {
    return server.getLocalPort();
  }

  /** Stops listening, removes the port file and lets the next start be the first. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      server.close();
      Files.deleteIfExists(portFile);
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      LOG.warn("single instance: closing failed: {}", e.toString());
    }
  }

  private void listen() {
    while (!closed) {
      try (Socket socket = server.accept()) {
        socket.setSoTimeout(2000);
        InstanceRequests.serve(socket, this::isToken, this::received);
      } catch (IOException e) {
        if (!closed) {
          LOG.debug("single instance: a request failed: {}", e.toString());
        }
      }
    }
  }

  /**
   * Takes a link that reached this process by another way than a later start (macOS hands links to
   * the running app as an Apple event) exactly as if a later start had sent it. Any thread.
   */
  public void accept(DialLink link) {
    received(new Request(link));
  }

  private boolean isToken(String presented) {
    return MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
  }

  private void received(Request request) {
    Handler h;
    synchronized (queued) {
      h = handler;
      if (h == null) {
        if (queued.size() < QUEUE_LIMIT) {
          queued.add(request);
        }
        return;
      }
    }
    deliver(h, request);
  }

  private static void deliver(Handler handler, Request request) {
    try {
      DialLink link = request.link();
      if (link == null) {
        handler.activate();
      } else {
        handler.dial(link);
      }
    } catch (RuntimeException e) {
      LOG.warn("single instance: the handler failed: {}", e.toString());
    }
  }

  private static String newToken() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One request of a later start: a link to dial, or null to bring the window forward. */
  record Request(@Nullable DialLink link) {}
}
