package org.switchboard.app.settings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import org.switchboard.core.Subscription;

/** Records meters and test sounds; the test feeds levels and completes the sounds. */
public final class FakeAudioCheck implements AudioCheck {
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

  public final List<Meter> meters = new CopyOnWriteArrayList<>();
  public final Map<String, CompletableFuture<Void>> tests = new ConcurrentHashMap<>();

  @Override
  public Subscription meter(String deviceId, DoubleConsumer level) {
    Meter meter = new Meter(deviceId, level);
    meters.add(meter);
    return () -> meter.closed = true;
  }

  @Override
  public CompletableFuture<Void> playTest(String deviceId) {
    CompletableFuture<Void> played = new CompletableFuture<>();
    tests.put(deviceId, played);
    return played;
  }

  /** The test sound started on {@code deviceId}. */
  public CompletableFuture<Void> played(String deviceId) {
    return java.util.Objects.requireNonNull(tests.get(deviceId), deviceId);
  }

  /** The meters not closed. */
  public List<Meter> open() {
    return meters.stream().filter(m -> !m.closed).toList();
  }
}
