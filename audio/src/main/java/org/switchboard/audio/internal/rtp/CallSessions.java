package org.switchboard.audio.internal.rtp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.device.CallDeviceFactory;
import org.switchboard.audio.internal.runtime.CallbackThread;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.MediaException;

/**
 * Opens one engine's call sessions and owns what they share: the port range, the device factory,
 * the DTMF sending thread and the callback thread. Closing it closes every session still open.
 *
 * <p>Thread-safe. {@link #open} binds sockets only (microseconds); the stream is built on the
 * session's {@code start}.
 */
public final class CallSessions implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallSessions.class);

  private final MediaServiceImpl media;
  private final CallDeviceFactory devices;
  private final AudioSink sink;
  private final PortAllocator ports;
  private final String localAddress;
  private final StreamConfiguration configuration;
  private final DtmfPlayer dtmf = new DtmfPlayer();
  private final CallbackThread callbacks = new CallbackThread();
  private final Set<LibjitsiCallSession> open = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  public CallSessions(
      MediaServiceImpl media,
      CallDeviceFactory devices,
      AudioSink sink,
      PortAllocator ports,
      String localAddress) {
    this.media = media;
    this.devices = devices;
    this.sink = sink;
    this.ports = ports;
    this.localAddress = localAddress;
    this.configuration = new StreamConfiguration(media.getFormatFactory());
  }

  /**
   * Binds a port pair and returns a new session for {@code call}.
   *
   * @throws MediaException when no port pair is free or this is closed
   */
  public LibjitsiCallSession open(CallId call) {
    if (closed.get()) {
      throw new MediaException("media engine is closed");
    }
    LibjitsiCallSession session = new LibjitsiCallSession(call, this, ports.bind());
    open.add(session);
    if (closed.get()) { // lost a race with close(): it may not have seen this session
      session.close();
      throw new MediaException("media engine is closed");
    }
    return session;
  }

  /** The sessions open now. */
  public List<LibjitsiCallSession> openSessions() {
    return List.copyOf(open);
  }

  /** Closes every open session, then the DTMF and callback threads. Idempotent; never throws. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (LibjitsiCallSession session : new ArrayList<>(open)) {
      session.close();
    }
    dtmf.close();
    callbacks.close();
    LOG.info("media engine closed");
  }

  void closed(LibjitsiCallSession session) {
    open.remove(session);
  }

  MediaServiceImpl media() {
    return media;
  }

  CallDeviceFactory devices() {
    return devices;
  }

  AudioSink sink() {
    return sink;
  }

  String localAddress() {
    return localAddress;
  }

  StreamConfiguration configuration() {
    return configuration;
  }

  DtmfPlayer dtmf() {
    return dtmf;
  }

  CallbackThread callbacks() {
    return callbacks;
  }
}
