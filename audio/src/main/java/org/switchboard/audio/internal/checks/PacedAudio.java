package org.switchboard.audio.internal.checks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchboard.audio.internal.routing.DeviceInput;
import org.switchboard.audio.internal.routing.DeviceOutput;
import org.switchboard.audio.internal.routing.DeviceRefusedException;

/**
 * Records or plays whole clips in real time, one 20 ms frame per tick on the checks thread, the way
 * the engine's clock would. Both close their stream when done.
 */
final class PacedAudio {
  /** After the last frame: the playback buffer (60 ms) and a margin drain before closing. */
  private static final int DRAIN_TICKS = 6;

  /** Three seconds of ticks: how long a device may take to start (a null sink takes two). */
  private static final int SLACK_TICKS = 150;

  private PacedAudio() {}

  /**
   * Reads {@code frames} frames the device delivered from {@code input} into one clip; fails when
   * it delivers fewer within twice the clip's length plus three seconds.
   */
  static CompletableFuture<short[]> record(
      ScheduledExecutorService checks, DeviceInput input, int frames) {
    int size = input.sampleRate() / 50;
    short[] clip = new short[frames * size];
    short[] frame = new short[size];
    AtomicInteger done = new AtomicInteger();
    AtomicInteger ticks = new AtomicInteger();
    int patience = 2 * frames + SLACK_TICKS;
    return every20ms(
            checks,
            () -> {
              // two reads a tick at most: catches up after a late start without running ahead
              for (int i = 0; i < 2 && done.get() < frames && input.poll(frame); i++) {
                System.arraycopy(frame, 0, clip, done.getAndIncrement() * size, size);
              }
              if (ticks.incrementAndGet() > patience && done.get() < frames) {
                throw new DeviceRefusedException("the microphone delivered no sound");
              }
              return done.get() >= frames;
            })
        .whenComplete((ignored, error) -> input.close())
        .thenApply(ignored -> clip);
  }

  /**
   * Plays {@code clip} (whole frames) on {@code output} in real time, offering a frame again while
   * the device has no room (it may take a moment to start), then lets it drain; fails when the
   * device takes more than three seconds longer than the clip.
   */
  static CompletableFuture<Void> play(
      ScheduledExecutorService checks, DeviceOutput output, short[] clip) {
    int size = output.sampleRate() / 50;
    int frames = clip.length / size;
    short[] frame = new short[size];
    AtomicInteger played = new AtomicInteger();
    AtomicInteger ticks = new AtomicInteger();
    AtomicInteger drained = new AtomicInteger();
    return every20ms(
            checks,
            () -> {
              if (ticks.incrementAndGet() > frames + DRAIN_TICKS + SLACK_TICKS) {
                throw new DeviceRefusedException("the device did not play the sound");
              }
              int at = played.get();
              if (at < frames) {
                System.arraycopy(clip, at * size, frame, 0, size);
                if (output.offer(frame)) {
                  played.incrementAndGet();
                }
                return false;
              }
              return drained.incrementAndGet() >= DRAIN_TICKS;
            })
        .whenComplete((ignored, error) -> output.close());
  }

  /** A step that returns true when it is the last. */
  interface Step {
    boolean run();
  }

  private static CompletableFuture<Void> every20ms(ScheduledExecutorService checks, Step step) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ScheduledFuture<?> task =
        checks.scheduleAtFixedRate(
            () -> {
              if (done.isDone()) {
                return;
              }
              try {
                if (step.run()) {
                  done.complete(null);
                }
              } catch (RuntimeException e) {
                done.completeExceptionally(e);
              }
            },
            0,
            20,
            TimeUnit.MILLISECONDS);
    // registered after scheduling: runs at once if the first tick already finished
    done.whenComplete((ignored, error) -> task.cancel(false));
    return done;
  }
}
