package org.switchboard.audio.internal.checks;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.routing.AudioBackend;
import org.switchboard.audio.internal.routing.DeviceSnapshot;
import org.switchboard.audio.internal.routing.StreamPurpose;
import org.switchboard.audio.internal.routing.StreamRequest;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioProcessing;
import org.switchboard.core.device.DeviceChecks;

/**
 * {@link DeviceChecks} on an {@link AudioBackend}: each check opens its own stream on the device
 * named (empty id: the system default), at 16 kHz, and is paced by one {@code
 * switchboard-audio-checks} thread. An id that is not present is refused at once with a message
 * naming it and the devices that are.
 *
 * <p>Thread-safe.
 */
public final class DeviceCheckRunner implements DeviceChecks, AutoCloseable {
  /** The checks thread's name. */
  public static final String THREAD = "switchboard-audio-checks";

  static final int SAMPLE_RATE = 16_000;
  static final double TEST_TONE_HZ = 440;
  static final Duration TEST_TONE_LENGTH = Duration.ofMillis(800);

  private final AudioBackend backend;
  private final Supplier<DeviceSnapshot> present;
  private final Executor events;
  private final ScheduledExecutorService checks;

  /**
   * @param present the devices present now (the routing's last listing)
   * @param events runs level listeners ({@code switchboard-audio-events})
   */
  public DeviceCheckRunner(
      AudioBackend backend, Supplier<DeviceSnapshot> present, Executor events) {
    this.backend = backend;
    this.present = present;
    this.events = events;
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, THREAD);
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    this.checks = executor;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException naming the id when no such capture device is present
   * @throws org.switchboard.core.media.MediaException when the server refuses the device
   */
  @Override
  public Subscription inputLevel(String deviceId, DoubleConsumer level) {
    StreamRequest request = request(AudioDeviceRole.CAPTURE, deviceId);
    return new LevelMeter(backend.openCapture(request), level, events, checks);
  }

  /**
   * Meters a playback device through its monitor source, which PulseAudio keeps for every sink: the
   * level of everything the device plays, whoever plays it.
   */
  @Override
  public Subscription outputLevel(String deviceId, DoubleConsumer level) {
    StreamRequest sink = request(AudioDeviceRole.PLAYBACK, deviceId);
    String device = sink.deviceId();
    String monitor = device == null ? DEFAULT_MONITOR : device + ".monitor";
    StreamRequest request =
        new StreamRequest(monitor, SAMPLE_RATE, AudioProcessing.NONE, StreamPurpose.CHECK);
    return new LevelMeter(backend.openCapture(request), level, events, checks);
  }

  @Override
  public CompletableFuture<Void> microphoneTest(
      String captureId, String playbackId, Duration length) {
    try {
      StreamRequest capture = request(AudioDeviceRole.CAPTURE, captureId);
      StreamRequest playback = request(AudioDeviceRole.PLAYBACK, playbackId);
      int frames = (int) Math.max(1, length.toMillis() / 20);
      return PacedAudio.record(checks, backend.openCapture(capture), frames)
          .thenCompose(clip -> PacedAudio.play(checks, backend.openPlayback(playback), clip));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<Void> speakerTest(String deviceId) {
    try {
      StreamRequest playback = request(AudioDeviceRole.PLAYBACK, deviceId);
      return PacedAudio.play(checks, backend.openPlayback(playback), testTone());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** PulseAudio's name for the default sink's monitor. */
  static final String DEFAULT_MONITOR = "@DEFAULT_MONITOR@";

  private StreamRequest request(AudioDeviceRole role, String deviceId) {
    @Nullable String id = deviceId.isEmpty() ? null : deviceId;
    if (id != null) {
      DeviceSnapshot now = present.get();
      if (now.find(role, id).isEmpty()) {
        throw new IllegalArgumentException(
            "no "
                + (role == AudioDeviceRole.CAPTURE ? "microphone" : "speaker or headset")
                + " with id '"
                + id
                + "' is present; present: "
                + now.list(role).stream().map(AudioDevice::id).toList());
      }
    }
    return new StreamRequest(id, SAMPLE_RATE, AudioProcessing.NONE, StreamPurpose.CHECK);
  }

  /** A 440 Hz tone at about -10 dBFS with 10 ms fades, so it starts and stops without clicks. */
  static short[] testTone() {
    int frameSize = SAMPLE_RATE / 50;
    int samples = (int) (SAMPLE_RATE * TEST_TONE_LENGTH.toMillis() / 1000) / frameSize * frameSize;
    int fade = SAMPLE_RATE / 100;
    short[] tone = new short[samples];
    for (int i = 0; i < samples; i++) {
      double envelope = Math.min(1.0, Math.min(i, samples - 1 - i) / (double) fade);
      double value = 0.3 * envelope * Math.sin(2 * Math.PI * TEST_TONE_HZ * i / SAMPLE_RATE);
      tone[i] = (short) Math.round(value * Short.MAX_VALUE);
    }
    return tone;
  }

  /** Stops running checks (their streams are closed by their own completion). */
  @Override
  public void close() {
    checks.shutdownNow();
  }
}
