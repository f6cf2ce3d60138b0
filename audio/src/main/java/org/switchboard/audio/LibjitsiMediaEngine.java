package org.switchboard.audio;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.device.CallDeviceFactory;
import org.switchboard.audio.internal.rtp.CallSessions;
import org.switchboard.audio.internal.rtp.LibjitsiCallSession;
import org.switchboard.audio.internal.rtp.PortAllocator;
import org.switchboard.audio.internal.runtime.LibjitsiRuntime;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;

/**
 * A PCMU media engine on libjitsi. Sessions send the configured {@link MediaSettings#source()} and
 * deliver received audio to {@link MediaSettings#sink()}; tone, WAV and silence sources and WAV and
 * discard sinks need no sound server.
 *
 * <p>Thread-safe. {@link #open} is called from the sip-events thread and only binds sockets. The
 * engine owns a {@code switchboard-dtmf} thread (sending digits) and a {@code
 * switchboard-audio-events} thread (running listeners); each session documents its own threads.
 */
public final class LibjitsiMediaEngine implements MediaEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LibjitsiMediaEngine.class);

  private final CallSessions sessions;

  private LibjitsiMediaEngine(CallSessions sessions) {
    this.sessions = sessions;
  }

  /**
   * Starts libjitsi (once per JVM, waiting at most 20 s) and returns an engine using {@code
   * settings}.
   *
   * @throws MediaException naming the cause when libjitsi cannot start, the local address is not an
   *     IP address, or a WAV source cannot be read
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
    return new LibjitsiMediaEngine(
        new CallSessions(media, devices, settings.sink(), ports, settings.localAddress()));
  }

  /**
   * Binds an RTP/RTCP pair (even RTP port) for {@code call}; media starts on the session's {@code
   * start}.
   *
   * @throws MediaException when no port pair in the range is free or the engine is closed
   */
  @Override
  public MediaSession open(CallId call) {
    return sessions.open(call);
  }

  /** Closes every open session and the engine's threads. Idempotent; never throws. */
  @Override
  public void close() {
    sessions.close();
  }

  /** The sessions open now (for tests and diagnostics). */
  List<LibjitsiCallSession> openSessions() {
    return sessions.openSessions();
  }
}
