package org.switchboard.audio.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.service.neomedia.AudioMediaStream;
import org.jitsi.service.neomedia.DefaultStreamConnector;
import org.jitsi.service.neomedia.MediaStream;
import org.jitsi.service.neomedia.MediaStreamTarget;
import org.jitsi.service.neomedia.event.DTMFListener;
import org.jitsi.service.neomedia.event.DTMFToneEvent;
import org.jitsi.service.neomedia.format.MediaFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.PortAllocator.RtpSockets;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;

/**
 * One call's audio on a libjitsi {@link AudioMediaStream}. The RTP/RTCP pair is bound at
 * construction; the stream is built on {@link #start}.
 *
 * <p>Threads: {@code start}, {@code update}, {@code sendDtmf} and {@code close} come from the
 * sip-events thread and are serialised on this object's lock; DTMF digits are played on the
 * engine's {@code switchboard-dtmf} thread; received audio is recorded on libjitsi's RTP receive
 * thread; DTMF listeners are called on libjitsi's DTMF dispatcher thread.
 */
public final class LibjitsiCallSession implements MediaSession {
  private static final Logger LOG = LoggerFactory.getLogger(LibjitsiCallSession.class);

  private final CallId call;
  private final MediaServiceImpl media;
  private final CallDeviceFactory devices;
  private final AudioSink sink;
  private final DtmfPlayer dtmf;
  private final RtpSockets sockets;
  private final MediaEndpoint local;
  private final Runnable onClose;
  private final List<Consumer<String>> dtmfListeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private @Nullable AudioMediaStream stream;
  private @Nullable WavRecorder recorder;
  private @Nullable ReceivedAudioTap tap;
  private @Nullable NegotiatedMedia current;

  public LibjitsiCallSession(
      CallId call,
      MediaServiceImpl media,
      CallDeviceFactory devices,
      AudioSink sink,
      DtmfPlayer dtmf,
      RtpSockets sockets,
      String localAddress,
      Runnable onClose) {
    this.call = call;
    this.media = media;
    this.devices = devices;
    this.sink = sink;
    this.dtmf = dtmf;
    this.sockets = sockets;
    this.local = new MediaEndpoint(localAddress, sockets.port());
    this.onClose = onClose;
  }

  @Override
  public MediaEndpoint localEndpoint() {
    return local;
  }

  @Override
  public List<AudioCodec> codecs() {
    return List.of(AudioCodec.PCMU, AudioCodec.TELEPHONE_EVENT);
  }

  @Override
  public synchronized void start(NegotiatedMedia negotiated) {
    if (closed.get()) {
      throw new MediaException("session for call " + call + " is closed");
    }
    if (stream != null) {
      throw new MediaException("session for call " + call + " already started");
    }
    requirePcmu(negotiated.codec());
    try {
      WavRecorder wav = openRecorder();
      ReceivedAudioTap newTap = new ReceivedAudioTap(wav, negotiated.codec().payloadType());
      MediaStream created =
          media.createMediaStream(
              new DefaultStreamConnector(sockets.rtp(), sockets.rtcp()), devices.create(call));
      if (!(created instanceof AudioMediaStream audio)) {
        created.close();
        throw new MediaException("libjitsi made no audio stream for call " + call);
      }
      recorder = wav;
      tap = newTap;
      stream = audio;
      audio.setName("call-" + call);
      audio.setExternalTransformer(newTap);
      audio.addDTMFListener(new DtmfRelay());
      apply(audio, newTap, negotiated, null);
      audio.start();
      LOG.info("call {}: media started {} -> {}", call, local, negotiated.remote());
    } catch (MediaException e) {
      close();
      throw e;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (IOException | RuntimeException | Error e) { // FMJ reports state errors as Errors
      close();
      throw new MediaException("cannot start media for call " + call + ": " + e, e);
    }
  }

  @Override
  public synchronized void update(NegotiatedMedia negotiated) {
    AudioMediaStream audio = stream;
    ReceivedAudioTap currentTap = tap;
    if (closed.get() || audio == null || currentTap == null) {
      throw new MediaException("session for call " + call + " is not running");
    }
    requirePcmu(negotiated.codec());
    try {
      apply(audio, currentTap, negotiated, current);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) { // FMJ reports state errors as Errors
      throw new MediaException("cannot update media for call " + call + ": " + e, e);
    }
    LOG.info("call {}: media updated, {} {}", call, negotiated.direction(), negotiated.remote());
  }

  /** Applies what changed between {@code previous} (null: everything) and {@code next}. */
  private void apply(
      AudioMediaStream audio,
      ReceivedAudioTap currentTap,
      NegotiatedMedia next,
      @Nullable NegotiatedMedia previous) {
    if (previous == null || !previous.codec().equals(next.codec())) {
      MediaFormat pcmu = media.getFormatFactory().createMediaFormat("PCMU", 8000);
      if (next.codec().payloadType() != AudioCodec.PCMU.payloadType()) {
        audio.addDynamicRTPPayloadType((byte) next.codec().payloadType(), pcmu);
      }
      audio.setFormat(pcmu);
      currentTap.setPayloadType(next.codec().payloadType());
    }
    AudioCodec event = next.telephoneEvent();
    if (event != null && (previous == null || !Objects.equals(previous.telephoneEvent(), event))) {
      audio.addDynamicRTPPayloadType(
          (byte) event.payloadType(),
          media.getFormatFactory().createMediaFormat("telephone-event", 8000));
    }
    if (previous == null || !previous.remote().equals(next.remote())) {
      audio.setTarget(target(next.remote()));
    }
    audio.setDirection(toLibjitsi(next.direction()));
    currentTap.setReceiving(next.direction().receives());
    current = next;
  }

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
    dtmf.play(audio, digits);
  }

  /**
   * Registers a listener for RFC 4733 digits received. Called on libjitsi's DTMF dispatcher thread
   * with the digit ("0"-"9", "*", "#", "A"-"D") when a tone starts; must return quickly.
   */
  public void addDtmfListener(Consumer<String> listener) {
    dtmfListeners.add(listener);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (this) {
      AudioMediaStream audio = stream;
      stream = null;
      if (audio != null) {
        StreamCloser.close(audio, "call " + call);
      }
      sockets.close();
      WavRecorder wav = recorder;
      if (wav != null) {
        wav.close();
      }
    }
    onClose.run();
    LOG.info("call {}: media closed", call);
  }

  private @Nullable WavRecorder openRecorder() throws IOException {
    if (sink instanceof AudioSink.WavFile wav) {
      return new WavRecorder(CallFileNames.forCall(wav.path(), call));
    }
    return null;
  }

  private static void requirePcmu(AudioCodec codec) {
    if (!codec.sameFormat(AudioCodec.PCMU)) {
      throw new MediaException(
          "unsupported codec " + codec.encodingName() + "/" + codec.clockRate());
    }
  }

  private static MediaStreamTarget target(MediaEndpoint remote) {
    try {
      InetAddress address = InetAddress.getByName(remote.address());
      return new MediaStreamTarget(
          new InetSocketAddress(address, remote.port()),
          new InetSocketAddress(address, remote.port() + 1));
    } catch (UnknownHostException e) {
      throw new MediaException("bad remote address " + remote.address(), e);
    }
  }

  private static org.jitsi.service.neomedia.MediaDirection toLibjitsi(MediaDirection direction) {
    return switch (direction) {
      case SENDRECV -> org.jitsi.service.neomedia.MediaDirection.SENDRECV;
      case SENDONLY -> org.jitsi.service.neomedia.MediaDirection.SENDONLY;
      case RECVONLY -> org.jitsi.service.neomedia.MediaDirection.RECVONLY;
      case INACTIVE -> org.jitsi.service.neomedia.MediaDirection.INACTIVE;
    };
  }

  /** Hands libjitsi's DTMF events to our listeners, on libjitsi's dispatcher thread. */
  private final class DtmfRelay implements DTMFListener {
    @Override
    public void dtmfToneReceptionStarted(DTMFToneEvent event) {
      String digit = event.getDtmfTone().getValue();
      LOG.debug("call {}: DTMF {} received", call, digit);
      for (Consumer<String> listener : dtmfListeners) {
        try {
          listener.accept(digit);
        } catch (RuntimeException e) {
          LOG.warn("call {}: DTMF listener failed", call, e);
        }
      }
    }

    @Override
    public void dtmfToneReceptionEnded(DTMFToneEvent event) {}
  }
}
