package org.switchboard.audio;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.CallDeviceFactory;
import org.switchboard.audio.internal.DtmfPlayer;
import org.switchboard.audio.internal.LibjitsiCallSession;
import org.switchboard.audio.internal.LibjitsiRuntime;
import org.switchboard.audio.internal.PortAllocator;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;

/**
 * A PCMU media engine on libjitsi. Sessions send the configured {@link MediaSettings#source()} and
 * deliver received audio to {@link MediaSettings#sink()}; tone, WAV and silence sources and WAV and
 * discard sinks need no sound server.
 *
 * <p>Thread-safe. {@link #open} is called from the sip-events thread; each session documents its
 * own threads. The engine owns one {@code switchboard-dtmf} thread.
 */
public final class LibjitsiMediaEngine implements MediaEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LibjitsiMediaEngine.class);

  private final MediaSettings settings;
  private final MediaServiceImpl media;
  private final CallDeviceFactory devices;
  private final PortAllocator ports;
  private final DtmfPlayer dtmf = new DtmfPlayer();
  private final Set<LibjitsiCallSession> sessions = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  private LibjitsiMediaEngine(
      MediaSettings settings,
      MediaServiceImpl media,
      CallDeviceFactory devices,
      PortAllocator ports) {
    this.settings = settings;
    this.media = media;
    this.devices = devices;
    this.ports = ports;
  }

  /**
   * Starts libjitsi (once per JVM) and returns an engine using {@code settings}.
   *
   * @throws MediaException naming the cause when the engine cannot start
   */
  public static LibjitsiMediaEngine start(MediaSettings settings) {
    InetAddress address;
    try {
      address = InetAddress.getByName(settings.localAddress());
    } catch (UnknownHostException e) {
      throw new MediaException("bad local address " + settings.localAddress(), e);
    }
    MediaServiceImpl media = LibjitsiRuntime.mediaService(LibjitsiRuntime.defaultTimeout());
    CallDeviceFactory devices = new CallDeviceFactory(media, settings.source(), settings.sink());
    PortAllocator ports = new PortAllocator(address, settings.rtpPortMin(), settings.rtpPortMax());
    LOG.info(
        "media engine on {} ports {}-{}, source {}, sink {}",
        settings.localAddress(),
        settings.rtpPortMin(),
        settings.rtpPortMax(),
        settings.source(),
        settings.sink());
    return new LibjitsiMediaEngine(settings, media, devices, ports);
  }

  @Override
  public MediaSession open(CallId call) {
    if (closed.get()) {
      throw new MediaException("media engine is closed");
    }
    LibjitsiCallSession[] holder = new LibjitsiCallSession[1];
    LibjitsiCallSession session =
        new LibjitsiCallSession(
            call,
            media,
            devices,
            settings.sink(),
            dtmf,
            ports.bind(),
            settings.localAddress(),
            () -> sessions.remove(holder[0]));
    holder[0] = session;
    sessions.add(session);
    if (closed.get()) {
      session.close();
      throw new MediaException("media engine is closed");
    }
    return session;
  }

  /** Closes every open session and the DTMF thread. Idempotent; never throws. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (LibjitsiCallSession session : new ArrayList<>(sessions)) {
      session.close();
    }
    dtmf.close();
    LOG.info("media engine closed");
  }

  /** The sessions open now (for tests and diagnostics). */
  List<LibjitsiCallSession> openSessions() {
    return List.copyOf(sessions);
  }
}
