package org.switchboard.audio.internal.pulse;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jitsi.impl.neomedia.pulseaudio.PA;
import org.switchboard.audio.internal.routing.DeviceRefusedException;
import org.switchboard.audio.internal.routing.StreamPurpose;
import org.switchboard.audio.internal.routing.StreamRequest;

/**
 * One native record or playback stream: mono signed 16-bit little-endian at the call's rate (the
 * server resamples to the device), with buffers of a few 20 ms frames for low latency. Every native
 * call happens inside {@link PulseConnection#locked}; after {@link #close} the stream is never
 * touched again.
 *
 * <p>Thread-safe through the connection's lock.
 */
final class PulseStream {
  /**
   * {@code PA_STREAM_DONT_MOVE}: a ringer stays on its device rather than ringing twice elsewhere.
   */
  private static final int DONT_MOVE = 0x0200;

  private static final int DEFAULT = -1;
  private static final int CREATING = 1;

  private final PulseConnection connection;
  private final long stream;
  private final String device;
  private boolean closed; // main-loop lock

  private PulseStream(PulseConnection connection, long stream, String device) {
    this.connection = connection;
    this.stream = stream;
    this.device = device;
  }

  /**
   * Opens a stream for {@code request} and waits, at most {@code timeout}, until the server has
   * accepted it.
   *
   * @throws DeviceRefusedException naming the device when the server refuses it or does not answer
   */
  static PulseStream open(
      PulseConnection connection, StreamRequest request, boolean capture, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, String> properties = StreamProperties.of(request, capture);
    Optional<PulseStream> opened =
        connection.locked(
            () -> connectLocked(connection, request, capture, properties, deadline),
            Optional.empty());
    if (opened.isEmpty()) {
      throw new DeviceRefusedException(
          connection.where()
              + " refused to open "
              + (capture ? "a microphone stream on " : "a playback stream on ")
              + request.deviceForMessages()
              + " (it is gone, busy, or not a "
              + (capture ? "source" : "sink")
              + ")");
    }
    return opened.get();
  }

  private static Optional<PulseStream> connectLocked(
      PulseConnection connection,
      StreamRequest request,
      boolean capture,
      Map<String, String> properties,
      long deadline) {
    long spec = PA.sample_spec_new(PA.SAMPLE_S16LE, request.sampleRate(), 1);
    long nativeProperties = StreamProperties.toNative(properties);
    long stream =
        PA.stream_new_with_proplist(
            connection.context(), properties.get(PA.PROP_MEDIA_NAME), spec, 0, nativeProperties);
    PA.proplist_free(nativeProperties);
    PA.sample_spec_free(spec);
    if (stream == 0) {
      return Optional.empty();
    }
    int frameBytes = request.sampleRate() / 50 * 2;
    int flags =
        PA.STREAM_ADJUST_LATENCY | (request.purpose() == StreamPurpose.RING ? DONT_MOVE : 0);
    int result;
    if (capture) {
      long attributes = PA.buffer_attr_new(DEFAULT, DEFAULT, DEFAULT, DEFAULT, frameBytes);
      result = PA.stream_connect_record(stream, request.deviceId(), attributes, flags);
      PA.buffer_attr_free(attributes);
    } else {
      // 60 ms target, playback starts once 40 ms are queued, refilled 20 ms at a time
      long attributes =
          PA.buffer_attr_new(8 * frameBytes, 3 * frameBytes, 2 * frameBytes, frameBytes, DEFAULT);
      result = PA.stream_connect_playback(stream, request.deviceId(), attributes, flags, 0, 0);
      PA.buffer_attr_free(attributes);
    }
    boolean ready =
        result >= 0
            && connection.awaitLocked(() -> PA.stream_get_state(stream) > CREATING, deadline)
            && PA.stream_get_state(stream) == PA.STREAM_READY;
    if (!ready) {
      PA.stream_disconnect(stream);
      PA.stream_unref(stream);
      return Optional.empty();
    }
    return Optional.of(new PulseStream(connection, stream, PA.stream_get_device_name(stream)));
  }

  /** The device the server actually put the stream on (its name). */
  String device() {
    return device;
  }

  /** The native stream; only inside {@link PulseConnection#locked} and while {@link #usable}. */
  long handle() {
    return stream;
  }

  /** Inside {@link PulseConnection#locked}: whether the stream is open and flowing. */
  boolean usable() {
    return !closed && PA.stream_get_state(stream) == PA.STREAM_READY;
  }

  /** Disconnects and releases the stream. Idempotent; never throws. */
  void close() {
    connection.lockedRun(
        () -> {
          if (!closed) {
            closed = true;
            PA.stream_disconnect(stream);
            PA.stream_unref(stream);
          }
        });
  }
}
