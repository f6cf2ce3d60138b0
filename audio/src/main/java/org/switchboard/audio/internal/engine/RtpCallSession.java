package org.switchboard.audio.internal.engine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.codec.Codec;
import org.switchboard.audio.internal.codec.Codecs;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.audio.internal.packet.JitterBuffer;
import org.switchboard.audio.internal.packet.TelephoneEventSender;
import org.switchboard.audio.internal.srtp.CallSecurity;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.DtmfListener;
import org.switchboard.core.media.LocalSecurity;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSecurity;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.core.media.QualityListener;

/**
 * One call's audio on the RTP engine. Its channels are bound from construction, so its endpoint can
 * go into SDP before media starts.
 *
 * <p>Threads: {@code start}, {@code update}, {@code setMuted}, {@code sendDtmf} and {@code close}
 * come from {@code sip-events} and are serialised on this object. They open inputs and outputs
 * there and hand them to the clock thread with {@link MediaClock#later}; the clock thread sends and
 * plays out ({@link #tick}); the receive thread reads the channels; listeners run on {@code
 * switchboard-audio-events}. The current negotiation is one volatile immutable snapshot.
 */
public final class RtpCallSession implements MediaSession, MediaClock.Ticking {
  private static final Logger LOG = LoggerFactory.getLogger(RtpCallSession.class);

  private final CallId call;
  private final EngineContext engine;
  private final ChannelPair channels;
  private final Runnable onClosed;
  private final MediaEndpoint local;
  private final JitterBuffer jitter = new JitterBuffer(8000);
  private final SendPath sending;
  private final PlayoutPath playout = new PlayoutPath(jitter);
  private final ReceivePath receiving;
  private final RtcpPath rtcp;
  private final PeerLatch rtpLatch = new PeerLatch(new InetSocketAddress(0));
  private final PeerLatch rtcpLatch = new PeerLatch(new InetSocketAddress(0), rtpLatch);
  private final List<DtmfListener> dtmfListeners = new CopyOnWriteArrayList<>();
  private final List<QualityListener> qualityListeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CallSecurity security;
  private volatile @Nullable Negotiation negotiation;
  private volatile @Nullable CallTap tap;
  private @Nullable NegotiatedMedia current;
  private @Nullable TelephoneEventSender eventSender;
  private boolean muted;
  private boolean capturing;

  public RtpCallSession(
      CallId call, EngineContext engine, ChannelPair channels, Runnable onClosed) {
    this.call = call;
    this.engine = engine;
    this.channels = channels;
    this.onClosed = onClosed;
    this.local = new MediaEndpoint(engine.localAddress(), channels.port());
    this.sending = new SendPath(new Sender(channels.rtp()));
    Sender dtls = new Sender(channels.rtp());
    this.security =
        new CallSecurity(
            engine.certificate(),
            engine.sdesKeys(),
            (datagram, length) -> {
              Negotiation now = negotiation;
              if (now != null) {
                dtls.send(datagram, length, rtpLatch.target(now.remoteRtp()));
              }
            },
            "call-" + call);
    this.receiving =
        new ReceivePath(
            () -> negotiation,
            rtpLatch,
            jitter,
            this::digitReceived,
            this::rtcpOnRtpPort,
            (d, l, f) -> security.onDatagram(d, l));
    this.rtcp =
        new RtcpPath(
            () -> negotiation,
            rtcpLatch,
            rtpLatch,
            new Sender(channels.rtcp()),
            new Sender(channels.rtp()),
            sending,
            receiving::statistics,
            jitter,
            this::qualityMeasured,
            engine.cname());
  }

  @Override
  public MediaEndpoint localEndpoint() {
    return local;
  }

  @Override
  public LocalSecurity localSecurity() {
    return security.localSecurity();
  }

  @Override
  public List<AudioCodec> codecs() {
    List<AudioCodec> all = new ArrayList<>(Codecs.supported());
    all.add(AudioCodec.TELEPHONE_EVENT);
    return List.copyOf(all);
  }

  @Override
  public synchronized void start(NegotiatedMedia media) {
    requireOpen();
    if (current != null) {
      throw new MediaException("media for call " + call + " already started");
    }
    Codec codec = Codecs.create(media.codec());
    try {
      apply(media, codec, true);
    } catch (RuntimeException e) {
      codec.close();
      close();
      throw e;
    }
    engine.receiver().register(channels.rtp(), receiving);
    engine.receiver().register(channels.rtcp(), rtcp);
    engine.clock().add(this);
    LOG.info(
        "call {}: media started {} -> {} {} {}",
        call,
        local,
        media.remote(),
        media.codec().encodingName(),
        media.direction());
  }

  @Override
  public synchronized void update(NegotiatedMedia media) {
    requireOpen();
    NegotiatedMedia before = current;
    Negotiation now = negotiation;
    if (before == null || now == null) {
      throw new MediaException("media for call " + call + " is not running");
    }
    boolean newCodec = !before.codec().equals(media.codec());
    Codec codec = newCodec ? Codecs.create(media.codec()) : now.codec();
    boolean newRate = newCodec && codec.sampleRate() != now.codec().sampleRate();
    apply(media, codec, newRate);
    if (newCodec) {
      Codec old = now.codec();
      engine.clock().later(old::close);
    }
    LOG.info(
        "call {}: media updated, {} {} {}",
        call,
        media.codec().encodingName(),
        media.direction(),
        media.remote());
  }

  /** Publishes {@code media} with {@code codec}; opens new devices when {@code reopen}. */
  private void apply(NegotiatedMedia media, Codec codec, boolean reopen) {
    InetSocketAddress rtpTarget = socketAddress(media.remote().address(), media.remote().port());
    InetSocketAddress rtcpTarget =
        media.rtcpMux()
            ? rtpTarget
            : socketAddress(media.remote().address(), media.remote().port() + 1);
    RtcpRoute route =
        RtcpRoute.of(media.rtcpMux(), media.security().kind() == MediaSecurity.Kind.DTLS_SRTP);
    boolean sends = media.direction() == MediaDirection.SENDRECV;
    AudioCodec event = media.telephoneEvent();
    Negotiation next =
        new Negotiation(
            codec,
            event == null ? -1 : event.payloadType(),
            event == null ? 8000 : event.clockRate(),
            rtpTarget,
            rtcpTarget,
            route,
            sends,
            media.direction().receives(),
            security::transform);
    NegotiatedMedia before = current;
    if (before == null || !before.remote().equals(media.remote())) {
      rtpLatch.reset(rtpTarget);
      rtcpLatch.reset(rtcpTarget);
    }
    if (reopen) {
      openStreams(codec.sampleRate());
    }
    if (before == null || reopen || !before.codec().equals(media.codec())) {
      jitter.reset();
      receiving.restartStatistics(codec.format().clockRate());
    }
    if (before == null || !Objects.equals(before.telephoneEvent(), event)) {
      TelephoneEventSender events =
          event == null ? null : new TelephoneEventSender(event.clockRate());
      eventSender = events;
      engine.clock().later(() -> sending.useEvents(events));
    }
    current = media;
    negotiation = next;
    // After publishing: a DTLS client's first flight needs the peer's address.
    try {
      security.negotiate(media.security());
    } catch (IllegalArgumentException e) {
      throw new MediaException("cannot encrypt media for call " + call + ": " + e.getMessage(), e);
    }

    setCapture(sends && !muted, codec.sampleRate(), reopen);
  }

  private void openStreams(int sampleRate) {
    FrameOutput output = engine.io().openOutput(call, sampleRate);
    CallTap oldTap = tap;
    CallTap newTap = engine.io().openRecording(call, sampleRate);
    engine.clock().later(() -> playout.useOutput(output));
    tap = newTap;
    if (oldTap != null) {
      engine.clock().later(oldTap::close);
    }
  }

  /** Opens or closes the input so that capture runs exactly while the call sends unmuted. */
  private void setCapture(boolean wanted, int sampleRate, boolean rateChanged) {
    if (wanted && (!capturing || rateChanged)) {
      FrameInput input = engine.io().openInput(call, sampleRate);
      engine.clock().later(() -> sending.useInput(input));
    } else if (!wanted && capturing) {
      engine.clock().later(() -> sending.useInput(null));
    }
    capturing = wanted;
  }

  /** Mutes by closing the input (capture stops); silence keeps flowing. */
  @Override
  public synchronized void setMuted(boolean mute) {
    requireOpen();
    muted = mute;
    Negotiation now = negotiation;
    if (now != null) {
      setCapture(now.sends() && !mute, now.codec().sampleRate(), false);
    }
    LOG.info("call {}: microphone {}", call, mute ? "muted" : "unmuted");
  }

  @Override
  public synchronized void sendDtmf(String digits) {
    requireOpen();
    Negotiation now = negotiation;
    if (now == null) {
      throw new MediaException("media for call " + call + " is not running");
    }
    TelephoneEventSender events = eventSender;
    if (now.eventPayloadType() < 0 || events == null) {
      throw new MediaException("no telephone-event negotiated for call " + call);
    }
    if (!now.sends()) {
      throw new MediaException("call " + call + " does not send media now");
    }
    try {
      events.queue(digits);
    } catch (IllegalArgumentException e) {
      throw new MediaException(e.getMessage() == null ? "bad DTMF digits" : e.getMessage(), e);
    }
  }

  @Override
  public Subscription onDtmfReceived(DtmfListener listener) {
    dtmfListeners.add(listener);
    return () -> dtmfListeners.remove(listener);
  }

  @Override
  public Subscription onQualityChanged(QualityListener listener) {
    qualityListeners.add(listener);
    return () -> qualityListeners.remove(listener);
  }

  private void digitReceived(char digit) {
    engine
        .events()
        .execute(
            () -> {
              if (!closed.get()) {
                dtmfListeners.forEach(l -> l.onDtmfReceived(digit));
              }
            });
  }

  private void qualityMeasured(CallQuality quality) {
    engine
        .events()
        .execute(
            () -> {
              if (!closed.get()) {
                qualityListeners.forEach(l -> l.onQuality(quality));
              }
            });
  }

  private void rtcpOnRtpPort(byte[] data, int length, InetSocketAddress from) {
    rtcp.onMultiplexed(data, length, from);
  }

  /** One 20 ms step, on the clock thread. */
  @Override
  public void tick() {
    Negotiation now = negotiation;
    if (now == null || closed.get()) {
      return;
    }
    CallTap recording = tap;
    sending.tick(now, rtpLatch, recording);
    playout.tick(now, recording);
    rtcp.tick(now);
  }

  /** Stops media: the clock thread sends a BYE and releases devices, files and ports. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    engine.clock().remove(this);
    engine.receiver().unregister(channels.rtp());
    engine.receiver().unregister(channels.rtcp());
    Negotiation last;
    CallTap recording;
    synchronized (this) {
      last = negotiation;
      recording = tap;
      tap = null;
    }
    security.close();
    engine.clock().later(() -> release(last, recording));
    onClosed.run();
    LOG.info("call {}: media closed ({})", call, diagnostics());
  }

  private void release(@Nullable Negotiation last, @Nullable CallTap recording) {
    if (last != null) {
      rtcp.bye(last);
      last.codec().close();
    }
    sending.close();
    playout.close();
    if (recording != null) {
      recording.close();
    }
    channels.close();
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new MediaException("media for call " + call + " is closed");
    }
  }

  private static InetSocketAddress socketAddress(String host, int port) {
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      throw new MediaException("bad remote media address " + host, e);
    }
  }

  /** The call this session belongs to. */
  public CallId call() {
    return call;
  }

  /** Figures for tests and diagnostics: packets sent, strangers dropped, frames concealed. */
  public String diagnostics() {
    return "sent="
        + sending.statistics().packets()
        + " strangers="
        + rtpLatch.dropped()
        + " concealed="
        + playout.concealed()
        + " dropped="
        + receiving.dropped();
  }
}
