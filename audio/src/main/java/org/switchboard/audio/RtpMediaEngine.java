package org.switchboard.audio;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.engine.ChannelAllocator;
import org.switchboard.audio.internal.engine.ChannelPair;
import org.switchboard.audio.internal.engine.ConfiguredMediaIo;
import org.switchboard.audio.internal.engine.DeviceStreams;
import org.switchboard.audio.internal.engine.EngineContext;
import org.switchboard.audio.internal.engine.MediaClock;
import org.switchboard.audio.internal.engine.MediaIo;
import org.switchboard.audio.internal.engine.ReceiveLoop;
import org.switchboard.audio.internal.engine.RtpCallSession;
import org.switchboard.audio.internal.runtime.CallbackThread;
import org.switchboard.audio.internal.srtp.DtlsCertificate;
import org.switchboard.audio.internal.srtp.SdesKeys;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;

/**
 * The media engine: our own RTP pipeline (ADR 22) with PCMU, PCMA, G.722 and Opus, RFC 4733 DTMF,
 * RTCP with an E-model quality estimate per call, and local recording.
 *
 * <p>Thread-safe. It owns three threads whatever the number of calls: {@code
 * switchboard-media-clock} (sending and playout every 20 ms), {@code switchboard-rtp-receive}
 * (reading every call's sockets) and {@code switchboard-audio-events} (listeners).
 */
public final class RtpMediaEngine implements MediaEngine {
  private static final Logger LOG = LoggerFactory.getLogger(RtpMediaEngine.class);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ChannelAllocator ports;
  private final EngineContext context;
  private final CallbackThread events;
  private final Set<RtpCallSession> sessions = ConcurrentHashMap.newKeySet();

  private RtpMediaEngine(ChannelAllocator ports, EngineContext context, CallbackThread events) {
    this.ports = ports;
    this.context = context;
    this.events = events;
  }

  /**
   * Starts an engine binding RTP on {@code localAddress} within {@code rtpPortMin}-{@code
   * rtpPortMax}, taking audio from and giving it to {@code io}.
   *
   * @throws MediaException when the address is not an IP address of this host
   */
  static RtpMediaEngine start(String localAddress, int rtpPortMin, int rtpPortMax, MediaIo io) {
    InetAddress address;
    try {
      address = InetAddress.getByName(localAddress);
    } catch (UnknownHostException e) {
      throw new MediaException("bad local media address " + localAddress, e);
    }
    CallbackThread events = new CallbackThread();
    EngineContext context =
        new EngineContext(
            new MediaClock(),
            new ReceiveLoop(),
            events,
            io,
            localAddress,
            "switchboard-" + UUID.randomUUID(),
            DtlsCertificate.generate(RANDOM),
            new SdesKeys(RANDOM));
    LOG.info("media engine on {} ports {}-{}", localAddress, rtpPortMin, rtpPortMax);
    return new RtpMediaEngine(
        new ChannelAllocator(address, rtpPortMin, rtpPortMax), context, events);
  }

  /**
   * Starts an engine for {@code settings}; calls with a device source or sink capture and play
   * through {@code devices}' routing (a null device id follows the device in use and hot-plugging).
   * With null devices (no sound server) a call with a device source or sink fails with a message
   * saying so; tone, WAV and silence sources still work.
   *
   * @throws MediaException when the local address is not an IP address of this host
   */
  public static RtpMediaEngine start(MediaSettings settings, @Nullable PulseAudioDevices devices) {
    return start(settings, (DeviceStreams) devices);
  }

  /** Starts an engine for {@code settings} on any device streams (tests use their own). */
  static RtpMediaEngine start(MediaSettings settings, @Nullable DeviceStreams devices) {
    return start(
        settings.localAddress(),
        settings.rtpPortMin(),
        settings.rtpPortMax(),
        new ConfiguredMediaIo(settings.source(), settings.sink(), devices));
  }

  /** Binds an RTP/RTCP pair for {@code call}; media starts on the session's {@code start}. */
  @Override
  public MediaSession open(CallId call) {
    ChannelPair pair = ports.bind();
    RtpCallSession[] holder = new RtpCallSession[1];
    RtpCallSession session =
        new RtpCallSession(call, context, pair, () -> sessions.remove(holder[0]));
    holder[0] = session;
    sessions.add(session);
    return session;
  }

  /** Closes every session and the engine's threads. Idempotent; never throws. */
  @Override
  public void close() {
    for (RtpCallSession session : List.copyOf(sessions)) {
      session.close();
    }
    context.clock().close();
    context.receiver().close();
    events.close();
  }

  /** The sessions open now (for tests and diagnostics). */
  List<RtpCallSession> openSessions() {
    return List.copyOf(sessions);
  }

  /** Whether the engine's media threads are alive (for tests and diagnostics). */
  boolean receiving() {
    return context.receiver().isAlive();
  }
}
