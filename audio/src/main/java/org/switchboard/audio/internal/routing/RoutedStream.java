package org.switchboard.audio.internal.routing;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioProcessing;

/**
 * A call's hold on "the device in use for a role": it keeps one device stream and, when the router
 * says so, opens the new device's stream first and then swaps it in, so the call sees at most a
 * short gap. The clock thread only reads the volatile current stream; all moves happen under the
 * router's lock.
 *
 * @param <S> the kind of device stream
 */
abstract class RoutedStream<S extends DeviceStream> {
  private static final Logger LOG = LoggerFactory.getLogger(RoutedStream.class);

  private final DeviceRouter router;
  private final AudioDeviceRole role;
  private final StreamPurpose purpose;
  private final int sampleRate;
  private final @Nullable String pinned;
  private final S silence;
  private final AtomicBoolean failureReported = new AtomicBoolean();
  private volatile S current;
  private @Nullable String deviceId; // router lock
  private @Nullable AudioProcessing processing; // router lock; null: not on a device yet
  private boolean closed; // router lock

  RoutedStream(
      DeviceRouter router,
      AudioDeviceRole role,
      StreamPurpose purpose,
      int sampleRate,
      @Nullable String pinned,
      S silence) {
    this.router = router;
    this.role = role;
    this.purpose = purpose;
    this.sampleRate = sampleRate;
    this.pinned = pinned;
    this.silence = silence;
    this.current = silence;
  }

  /** Opens a device stream; throws {@link DeviceRefusedException} when the server refuses. */
  abstract S open(AudioBackend backend, StreamRequest request);

  /** The stream to use now; tells the router (once) when it broke. For the clock thread. */
  final S current() {
    S stream = current;
    if (stream.failed() && failureReported.compareAndSet(false, true)) {
      router.streamFailed();
    }
    return stream;
  }

  final AudioDeviceRole role() {
    return role;
  }

  final StreamPurpose purpose() {
    return purpose;
  }

  /** The sample rate of every frame, in Hz. */
  public final int sampleRate() {
    return sampleRate;
  }

  /** The device this stream was opened for, ahead of the role's choice, or null. */
  final @Nullable String pinned() {
    return pinned;
  }

  /**
   * Under the router's lock: puts the stream on {@code target} (null: the system default) with
   * {@code wanted} processing, unless it is there already and flowing. Returns false, having logged
   * a warning naming the device, when the server refused it; the old stream then stays.
   */
  final boolean routeTo(AudioBackend backend, @Nullable String target, AudioProcessing wanted) {
    S old = current;
    if (closed
        || (processing != null
            && Objects.equals(target, deviceId)
            && wanted.equals(processing)
            && !old.failed())) {
      return true;
    }
    S next;
    try {
      next = open(backend, new StreamRequest(target, sampleRate, wanted, purpose));
    } catch (DeviceRefusedException e) {
      LOG.warn("{} for the {} role; trying the next device", e.getMessage(), role);
      return false;
    }
    current = next;
    deviceId = target;
    processing = wanted;
    failureReported.set(false);
    old.close();
    LOG.info(
        "{} {} stream now on {}",
        role,
        purpose,
        target == null ? "the system default device" : target);
    return true;
  }

  /** Under the router's lock: no device could be opened at all; silence until the next try. */
  final void silence() {
    S old = current;
    current = silence;
    processing = null;
    deviceId = null;
    old.close();
  }

  /** Under the router's lock: releases the device stream for good. */
  final void closeStream() {
    closed = true;
    S old = current;
    current = silence;
    old.close();
  }

  /** Closes this routed stream and stops routing it. Idempotent; never throws. */
  public final void close() {
    router.forget(this);
  }
}
