package org.switchboard.app.settings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.DeviceChecks;

/** Records meters and tests; the test feeds levels and completes the tests. */
public final class FakeDeviceChecks implements DeviceChecks {
  /** A running (or stopped) meter. */
  public static final class Meter {
    public final String deviceId;
    public final DoubleConsumer level;
    public volatile boolean closed;

    Meter(String deviceId, DoubleConsumer level) {
      this.deviceId = deviceId;
      this.level = level;
    }
  }

  /** A microphone test asked for. */
  public record MicrophoneTest(
      String captureId, String playbackId, Duration length, CompletableFuture<Void> done) {}

  public final List<Meter> meters = new CopyOnWriteArrayList<>();
  public final Map<String, CompletableFuture<Void>> tests = new ConcurrentHashMap<>();
  public final List<MicrophoneTest> microphoneTests = new CopyOnWriteArrayList<>();

  /** The output meters started, newest last. */
  public final List<Meter> outputMeters = new CopyOnWriteArrayList<>();

  @Override
  public Subscription outputLevel(String deviceId, DoubleConsumer level) {
    Meter meter = new Meter(deviceId, level);
    outputMeters.add(meter);
    return () -> meter.closed = true;
  }

  @Override
  public Subscription inputLevel(String deviceId, DoubleConsumer level) {
    Meter meter = new Meter(deviceId, level);
    meters.add(meter);
    return () -> meter.closed = true;
  }

  @Override
  public CompletableFuture<Void> microphoneTest(
      String captureId, String playbackId, Duration length) {
    MicrophoneTest test =
        new MicrophoneTest(captureId, playbackId, length, new CompletableFuture<>());
    microphoneTests.add(test);
    return test.done();
  }

  @Override
  public CompletableFuture<Void> speakerTest(String deviceId) {
    CompletableFuture<Void> played = new CompletableFuture<>();
    tests.put(deviceId, played);
    return played;
  }

  /** The speaker test started on {@code deviceId}. */
  public CompletableFuture<Void> played(String deviceId) {
    return Objects.requireNonNull(tests.get(deviceId), deviceId);
  }

  /** The meters not closed. */
  public List<Meter> open() {
    return meters.stream().filter(m -> !m.closed).toList();
  }
}
