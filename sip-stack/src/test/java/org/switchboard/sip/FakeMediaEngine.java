package org.switchboard.sip;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.DtmfListener;
import org.switchboard.core.media.LocalSecurity;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;

/**
 * A media engine that moves no audio: each session binds an RTP/RTCP socket pair on 127.0.0.1 in
 * 32000..32999 and records what the SIP side asked of it. Thread-safe: sessions are driven on
 * {@code sip-events} and read by the test thread.
 */
final class FakeMediaEngine implements MediaEngine {
  private static final int FIRST_PORT = 32000;
  private static final int LAST_PORT = 32998;
  private static int nextPort = FIRST_PORT + (int) (ProcessHandle.current().pid() % 50) * 20;

  private final List<AudioCodec> codecs;
  private final LocalSecurity security;
  final List<FakeSession> sessions = new CopyOnWriteArrayList<>();

  FakeMediaEngine(List<AudioCodec> codecs) {
    this(codecs, LocalSecurity.NONE);
  }

  FakeMediaEngine(List<AudioCodec> codecs, LocalSecurity security) {
    this.codecs = List.copyOf(codecs);
    this.security = security;
  }

  /** An engine whose sessions list PCMU and telephone-event and offer {@code security}. */
  static FakeMediaEngine withSecurity(LocalSecurity security) {
    return new FakeMediaEngine(List.of(AudioCodec.PCMU, AudioCodec.TELEPHONE_EVENT), security);
  }

  /** An engine whose sessions list PCMU and telephone-event. */
  static FakeMediaEngine withTelephoneEvents() {
    return new FakeMediaEngine(List.of(AudioCodec.PCMU, AudioCodec.TELEPHONE_EVENT));
  }

  /** An engine whose sessions list PCMU only (so DTMF falls back to SIP INFO). */
  static FakeMediaEngine pcmuOnly() {
    return new FakeMediaEngine(List.of(AudioCodec.PCMU));
  }

  @Override
  public MediaSession open(CallId call) {
    synchronized (FakeMediaEngine.class) {
      for (int attempt = 0; attempt < 500; attempt++) {
        int port = nextPort;
        nextPort = nextPort + 2 > LAST_PORT ? FIRST_PORT : nextPort + 2;
        try {
          FakeSession session = new FakeSession(call, port, codecs, security);
          sessions.add(session);
          return session;
        } catch (SocketException e) {
          // taken; try the next pair
        }
      }
    }
    throw new MediaException("no free RTP port pair in 32000-32999");
  }

  /** The session of {@code call}. */
  FakeSession session(CallId call) {
    return sessions.stream()
        .filter(s -> s.call.equals(call))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no media session for " + call));
  }

  @Override
  public void close() {
    sessions.forEach(FakeSession::close);
  }

  static final class FakeSession implements MediaSession {
    volatile boolean muted;
    final CallId call;
    private final DatagramSocket rtp;
    private final DatagramSocket rtcp;
    private final List<AudioCodec> codecs;
    private final LocalSecurity security;
    final List<NegotiatedMedia> started = new CopyOnWriteArrayList<>();
    final List<NegotiatedMedia> updates = new CopyOnWriteArrayList<>();
    final List<String> dtmf = new CopyOnWriteArrayList<>();
    final List<DtmfListener> dtmfListeners = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    FakeSession(CallId call, int port, List<AudioCodec> codecs, LocalSecurity security)
        throws SocketException {
      this.call = call;
      this.codecs = codecs;
      this.security = security;
      InetAddress loopback = InetAddress.getLoopbackAddress();
      this.rtp = new DatagramSocket(new InetSocketAddress(loopback, port));
      try {
        this.rtcp = new DatagramSocket(new InetSocketAddress(loopback, port + 1));
      } catch (SocketException e) {
        rtp.close();
        throw e;
      }
    }

    @Override
    public MediaEndpoint localEndpoint() {
      return new MediaEndpoint("127.0.0.1", rtp.getLocalPort());
    }

    @Override
    public List<AudioCodec> codecs() {
      return codecs;
    }

    @Override
    public LocalSecurity localSecurity() {
      return security;
    }

    @Override
    public void start(NegotiatedMedia media) {
      started.add(media);
    }

    @Override
    public void update(NegotiatedMedia media) {
      updates.add(media);
    }

    @Override
    public void setMuted(boolean muted) {
      this.muted = muted;
    }

    @Override
    public void sendDtmf(String digits) {
      NegotiatedMedia media = current();
      if (media == null || media.telephoneEvent() == null) {
        throw new MediaException("no telephone-event negotiated");
      }
      dtmf.add(digits);
    }

    @Override
    public Subscription onQualityChanged(org.switchboard.core.media.QualityListener listener) {
      qualityListeners.add(listener);
      return () -> qualityListeners.remove(listener);
    }

    final java.util.List<org.switchboard.core.media.QualityListener> qualityListeners =
        new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Subscription onDtmfReceived(DtmfListener listener) {
      dtmfListeners.add(listener);
      return () -> dtmfListeners.remove(listener);
    }

    /**
     * Delivers {@code digit} to the listeners as if received in RTP, on a new {@code
     * fake-media-events} thread (as a real engine would, off sip-events); returns once delivered.
     */
    void receiveDtmf(char digit) throws InterruptedException {
      Thread media =
          new Thread(
              () -> dtmfListeners.forEach(l -> l.onDtmfReceived(digit)), "fake-media-events");
      media.start();
      media.join();
    }

    /**
     * Delivers {@code quality} to the quality listeners as if measured from RTP and RTCP, on a new
     * {@code fake-media-events} thread (off sip-events, as a real engine would); returns once
     * delivered.
     */
    void measureQuality(org.switchboard.core.call.CallQuality quality) throws InterruptedException {
      Thread media =
          new Thread(
              () -> qualityListeners.forEach(l -> l.onQuality(quality)), "fake-media-events");
      media.start();
      media.join();
    }

    /** The latest negotiation applied; fails when there was none. */
    NegotiatedMedia negotiated() {
      NegotiatedMedia media = current();
      if (media == null) {
        throw new AssertionError("media was never started for " + call);
      }
      return media;
    }

    /** The latest negotiation applied. */
    @Nullable NegotiatedMedia current() {
      if (!updates.isEmpty()) {
        return updates.get(updates.size() - 1);
      }
      return started.isEmpty() ? null : started.get(started.size() - 1);
    }

    @Override
    public void close() {
      closed = true;
      rtp.close();
      rtcp.close();
    }
  }
}
