package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.audio.internal.tone.TonePlan;
import org.switchboard.core.Subscription;
import org.switchboard.core.media.CallTone;
import org.switchboard.core.media.MediaException;

/** {@link DeviceTonePlayer} on in-memory outputs: which outputs a tone uses and when it ends. */
@Timeout(20)
class DeviceTonePlayerTest {
  private final List<MemoryOutput> opened = new CopyOnWriteArrayList<>();
  private final AtomicInteger ringerCount = new AtomicInteger(2);
  private volatile boolean broken;

  private final DeviceTonePlayer player =
      new DeviceTonePlayer(
          new DeviceTonePlayer.ToneOutputs() {
            @Override
            public List<FrameOutput> ringers(int sampleRate) {
              check();
              List<FrameOutput> out = new java.util.ArrayList<>();
              for (int i = 0; i < ringerCount.get(); i++) {
                out.add(open("ringer" + i, sampleRate));
              }
              return out;
            }

            @Override
            public FrameOutput playback(int sampleRate) {
              check();
              return open("playback", sampleRate);
            }
          },
          TonePlan.CEPT);

  private void check() {
    if (broken) {
      throw new MediaException("no sound server");
    }
  }

  private MemoryOutput open(String name, int sampleRate) {
    MemoryOutput out = new MemoryOutput(name, sampleRate);
    opened.add(out);
    return out;
  }

  @AfterEach
  void closePlayer() {
    player.close();
  }

  @Test
  void theRingtoneIsWrittenToEveryRingerOutputOnTheTonesThread() {
    Subscription ringing = player.play(CallTone.RINGTONE);

    await(() -> opened.size() == 2 && opened.stream().allMatch(o -> o.frames.get() > 5));
    assertThat(opened).extracting(o -> o.name).containsExactly("ringer0", "ringer1");
    assertThat(opened).allMatch(o -> o.thread.equals(DeviceTonePlayer.THREAD_NAME));
    ringing.close();
    await(() -> opened.stream().allMatch(o -> o.closed));
  }

  @Test
  void ringbackPlaysOnThePlaybackOutputUntilItsSubscriptionCloses() throws Exception {
    Subscription ringback = player.play(CallTone.RINGBACK);
    await(() -> opened.size() == 1 && opened.get(0).frames.get() > 50);
    assertThat(opened.get(0).name).isEqualTo("playback");
    assertThat(opened.get(0).closed).as("a repeating tone goes on past one second").isFalse();

    ringback.close();

    await(() -> opened.get(0).closed);
    assertThat(player.playingCount()).isZero();
    int frames = opened.get(0).frames.get();
    Thread.sleep(100);
    assertThat(opened.get(0).frames.get()).as("nothing written after closing").isEqualTo(frames);
  }

  @Test
  void theZipToneClosesItsOutputByItselfAfterOneCadence() {
    player.play(CallTone.ZIP);

    await(() -> opened.size() == 1 && opened.get(0).closed);
    // 150 ms of cadence is 8 frames, then the silent tail
    assertThat(opened.get(0).frames.get()).isBetween(8, 8 + DeviceTonePlayer.TAIL_FRAMES + 1);
    assertThat(opened.get(0).peak).as("the zip was audible").isGreaterThan(1000);
    assertThat(player.playingCount()).isZero();
  }

  @Test
  void withoutADeviceATonePlaysSilentlyAndThrowsNothing() {
    broken = true;

    assertThatCode(
            () -> {
              Subscription ringing = player.play(CallTone.RINGTONE);
              Subscription busy = player.play(CallTone.BUSY);
              await(() -> player.playingCount() == 2);
              ringing.close();
              busy.close();
            })
        .doesNotThrowAnyException();
    await(() -> player.playingCount() == 0);
    assertThat(opened).isEmpty();
  }

  @Test
  void closingThePlayerClosesEveryToneStillPlaying() {
    player.play(CallTone.BUSY);
    player.play(CallTone.RINGTONE);
    await(() -> opened.size() == 3);

    player.close();

    await(() -> opened.stream().allMatch(o -> o.closed));
    assertThat(player.play(CallTone.ZIP)).isNotNull();
    assertThat(player.playingCount()).isZero();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 5 s");
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** An output that counts frames and keeps the loudest sample. */
  private static final class MemoryOutput implements FrameOutput {
    final String name;
    final int sampleRate;
    final AtomicInteger frames = new AtomicInteger();
    volatile int peak;
    volatile String thread = "";
    volatile boolean closed;

    MemoryOutput(String name, int sampleRate) {
      this.name = name;
      this.sampleRate = sampleRate;
    }

    @Override
    public int sampleRate() {
      return sampleRate;
    }

    @Override
    public void write(short[] frame) {
      thread = Thread.currentThread().getName();
      for (short s : frame) {
        peak = Math.max(peak, Math.abs(s));
      }
      frames.incrementAndGet();
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
