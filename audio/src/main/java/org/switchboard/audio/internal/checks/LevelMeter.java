package org.switchboard.audio.internal.checks;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.switchboard.audio.internal.routing.DeviceInput;
import org.switchboard.core.Subscription;

/**
 * Reads a capture stream every 20 ms and reports its peak, 0 to 1, every 100 ms to a listener on
 * the events executor. Closing stops it and releases the stream.
 */
final class LevelMeter implements Subscription {
  private static final int FRAMES_PER_REPORT = 5;

  private final DeviceInput input;
  private final DoubleConsumer level;
  private final Executor events;
  private final short[] frame;
  private final ScheduledFuture<?> task;
  private int frames; // checks thread
  private int peak; // checks thread

  LevelMeter(
      DeviceInput input, DoubleConsumer level, Executor events, ScheduledExecutorService checks) {
    this.input = input;
    this.level = level;
    this.events = events;
    this.frame = new short[input.sampleRate() / 50];
    this.task = checks.scheduleAtFixedRate(this::tick, 20, 20, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    input.read(frame);
    for (short sample : frame) {
      peak = Math.max(peak, Math.abs((int) sample));
    }
    if (++frames == FRAMES_PER_REPORT) {
      double value = Math.min(1.0, peak / 32767.0);
      events.execute(() -> level.accept(value));
      frames = 0;
      peak = 0;
    }
  }

  @Override
  public void close() {
    task.cancel(false);
    input.close();
  }
}
