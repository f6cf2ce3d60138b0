package org.switchboard.audio.internal.rtp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jitsi.service.neomedia.AudioMediaStream;
import org.jitsi.service.neomedia.DefaultStreamConnector;
import org.jitsi.service.neomedia.MediaStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.rtp.PortAllocator.RtpSockets;
import org.switchboard.audio.internal.sink.CallFileNames;
import org.switchboard.audio.internal.sink.ReceivedAudioTap;
import org.switchboard.audio.internal.sink.RecordingWriter;
import org.switchboard.audio.internal.sink.WavRecorder;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.DtmfListener;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;

/**
 * One call's audio on a libjitsi {@link AudioMediaStream}. The RTP/RTCP pair is bound at
 * construction; the stream is built on {@link #start} and reconfigured in place on {@link #update}.
 *
 * <p>Threads: {@code start}, {@code update}, {@code sendDtmf} and {@code close} come from the
 * sip-events thread and are serialised on this object's lock. DTMF digits are sent on the engine's
 * {@code switchboard-dtmf} thread; received audio is decoded on libjitsi's RTP receive thread and
 * written on {@code switchboard-recorder-<call>}; DTMF listeners run on {@code
 * switchboard-audio-events}.
 */
public final class LibjitsiCallSession implements MediaSession {
  private static final Logger LOG = LoggerFactory.getLogger(LibjitsiCallSession.class);
  private static final Duration RECORDING_DRAIN = Duration.ofSeconds(1);

  private final CallId call;
  private final CallSessions engine;
  private final RtpSockets sockets;
  private final MediaEndpoint local;
  private final DtmfRelay dtmfRelay;
  private final AtomicBoolean closed = new AtomicBoolean();

  private @Nullable AudioMediaStream stream;
  private boolean muted;
  private @Nullable RecordingWriter recording;
  private @Nullable ReceivedAudioTap tap;
  private @Nullable NegotiatedMedia current;
  private long startedNanos;

  LibjitsiCallSession(CallId call, CallSessions engine, RtpSockets sockets) {
    this.call = call;
    this.engine = engine;
    this.sockets = sockets;
    this.local = new MediaEndpoint(engine.localAddress(), sockets.port());
    this.dtmfRelay = new DtmfRelay(call.value(), engine.callbacks());
  }

  @Override
  public MediaEndpoint localEndpoint() {
    return local;
  }

  @Override
  public List<AudioCodec> codecs() {
    return List.of(AudioCodec.PCMU, AudioCodec.TELEPHONE_EVENT);
  }

  /**
   * Builds and starts the stream. Takes about 10-100 ms (libjitsi builds and prefetches an FMJ
   * processor). On failure the session is closed and its ports released.
   */
  @Override
  public synchronized void start(NegotiatedMedia negotiated) {
    if (closed.get()) {
      throw new MediaException("session for call " + call + " is closed");
    }
    if (stream != null) {
      throw new MediaException("session for call " + call + " already started");
    }
    StreamConfiguration.requirePcmu(negotiated.codec());
    if (negotiated.security().isEncrypted()) {
      // It offers no keys (localSecurity() is NONE), so only a broken negotiation gets here.
      throw new MediaException("the libjitsi engine sends plain RTP only");
    }
    long t0 = System.nanoTime();
    startedNanos = t0;
    try {
      AudioMediaStream audio = createStream(negotiated);
      engine.configuration().apply(audio, tap, negotiated, null);
      current = negotiated;
      audio.setMute(muted);
      audio.start();
    } catch (MediaException e) {
      close();
      throw e;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (IOException | RuntimeException | Error e) { // FMJ reports state errors as Errors
      close();
      throw new MediaException("cannot start media for call " + call + ": " + e, e);
    }
    LOG.info(
        "call {}: media started {} -> {} {} in {} ms",
        call,
        local,
        negotiated.remote(),
        negotiated.direction(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  private AudioMediaStream createStream(NegotiatedMedia negotiated) throws IOException {
    RecordingWriter writer = openRecording();
    recording = writer;
    MediaStream created =
        engine
            .media()
            .createMediaStream(
                new DefaultStreamConnector(sockets.rtp(), sockets.rtcp()),
                engine.devices().create(call));
    if (!(created instanceof AudioMediaStream audio)) {
      created.close();
      throw new MediaException("libjitsi made no audio stream for call " + call);
    }
    stream = audio;
    audio.setName("call-" + call);
    if (writer != null) {
      ReceivedAudioTap newTap = new ReceivedAudioTap(writer, negotiated.codec().payloadType());
      tap = newTap;
      audio.setExternalTransformer(newTap);
    }
    audio.addDTMFListener(dtmfRelay);
    return audio;
  }

  /** Applies a re-negotiation in place (hold, resume, new remote, new payload type). */
  @Override
  public synchronized void update(NegotiatedMedia negotiated) {
    AudioMediaStream audio = stream;
    if (closed.get() || audio == null) {
      throw new MediaException("session for call " + call + " is not running");
    }
    StreamConfiguration.requirePcmu(negotiated.codec());
    if (negotiated.security().isEncrypted()) {
      // It offers no keys (localSecurity() is NONE), so only a broken negotiation gets here.
      throw new MediaException("the libjitsi engine sends plain RTP only");
    }
    try {
      engine.configuration().apply(audio, tap, negotiated, current);
      current = negotiated;
    } catch (MediaException e) {
      throw e;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) { // FMJ reports state errors as Errors
      throw new MediaException("cannot update media for call " + call + ": " + e, e);
    }
    LOG.info("call {}: media updated, {} {}", call, negotiated.direction(), negotiated.remote());
  }

  /** Mutes the capture side of the stream; remembered for a stream not yet started. */
  @Override
  public synchronized void setMuted(boolean mute) {
    if (closed.get()) {
      throw new MediaException("session for call " + call + " is closed");
    }
    muted = mute;
    AudioMediaStream audio = stream;
    if (audio != null) {
      audio.setMute(mute);
    }
    LOG.info("call {}: microphone {}", call, mute ? "muted" : "unmuted");
  }

  /** Queues {@code digits} as RFC 4733 events; returns at once. */
  @Override
  public void sendDtmf(String digits) {
    AudioMediaStream audio;
    synchronized (this) {
      NegotiatedMedia now = current;
      audio = stream;
      if (closed.get() || audio == null || now == null) {
        throw new MediaException("session for call " + call + " is not running");
      }
      if (now.telephoneEvent() == null) {
        throw new MediaException("no telephone-event negotiated for call " + call);
      }
      if (!now.direction().sends()) {
        throw new MediaException("call " + call + " does not send media (" + now.direction() + ")");
      }
    }
    engine.dtmf().play(audio, digits);
  }

  /**
   * Registers a listener for RFC 4733 digits received ("0"-"9", "*", "#", "A"-"D"), called once per
   * digit when it starts, on the {@code switchboard-audio-events} thread; not after {@link #close}.
   */
  @Override
  public Subscription onDtmfReceived(DtmfListener listener) {
    Consumer<String> relayed =
        digit -> {
          if (closed.get()) {
            return;
          }
          if (digit.length() == 1) {
            listener.onDtmfReceived(digit.charAt(0));
          } else {
            LOG.debug("call {}: ignoring DTMF event {}", call, digit);
          }
        };
    dtmfRelay.add(relayed);
    return () -> dtmfRelay.remove(relayed);
  }

  /** Quality is not measured on this engine; the listener is never called. */
  @Override
  public Subscription onQualityChanged(org.switchboard.core.media.QualityListener listener) {
    return () -> {};
  }

  /**
   * Finalises the recording and returns; the stream is stopped and the ports released on a closer
   * thread, within about half a second (5 s at most if libjitsi hangs; see {@link StreamCloser}).
   * Never throws, never blocks on libjitsi.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (this) {
      ReceivedAudioTap receiving = tap;
      if (receiving != null) {
        receiving.setReceiving(false);
      }
      RecordingWriter writer = recording;
      recording = null;
      if (writer != null) {
        writer.close();
      }
      AudioMediaStream audio = stream;
      stream = null;
      if (audio == null) {
        sockets.close();
      } else {
        StreamCloser.close(audio, startedNanos, sockets::close, "call " + call);
      }
    }
    engine.closed(this);
    LOG.info("call {}: media closed", call);
  }

  private @Nullable RecordingWriter openRecording() throws IOException {
    AudioSink sink = engine.sink();
    if (sink instanceof AudioSink.WavFile wav) {
      WavRecorder file = new WavRecorder(CallFileNames.forCall(wav.path(), call));
      return new RecordingWriter(file, call.value(), RECORDING_DRAIN);
    }
    return null;
  }
}
