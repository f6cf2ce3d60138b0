package org.switchboard.audio;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.engine.MediaClock;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.audio.internal.tone.ToneInput;
import org.switchboard.audio.internal.tone.TonePlan;
import org.switchboard.core.Subscription;
import org.switchboard.core.media.CallTone;
import org.switchboard.core.media.TonePlayer;

/**
 * Plays the {@link CallTone}s on the agent's devices: the ringtone on the ringer outputs (every
 * present preferred ringer when the preferences say "ring on all present"), the others on the
 * playback device in use; both follow the routing (switches, hot-plugging). Tones follow the CEPT
 * (ITU-T E.180) tone plan.
 *
 * <p>Thread-safe. One thread, {@value #THREAD_NAME}, paces every tone playing, 20 ms a frame; it
 * also opens and closes the device streams, so {@link #play} returns at once. A tone whose device
 * cannot be opened stays silent: one warning is logged, nothing is thrown.
 */
public final class DeviceTonePlayer implements TonePlayer, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeviceTonePlayer.class);

  /** The thread that paces and writes the tones. */
  public static final String THREAD_NAME = "switchboard-tones";

  /** Tones are generated at 16 kHz: wide enough for every tone, cheap to resample. */
  static final int SAMPLE_RATE = 16_000;

  /** Silent frames written after a one-shot tone, so the device plays its buffered end. */
  static final int TAIL_FRAMES = 5;

  /** Where tones are played; {@link PulseAudioDevices} in the product. */
  interface ToneOutputs {
    /** The ringtone's outputs at {@code sampleRate}. */
    List<FrameOutput> ringers(int sampleRate);

    /** The earpiece output (the playback device in use) at {@code sampleRate}. */
    FrameOutput playback(int sampleRate);
  }

  private final ToneOutputs outputs;
  private final TonePlan plan;
  private final MediaClock clock = new MediaClock(THREAD_NAME);
  private final Set<PlayingTone> playing = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean warned = new AtomicBoolean();

  DeviceTonePlayer(ToneOutputs outputs, TonePlan plan) {
    this.outputs = outputs;
    this.plan = plan;
  }

  /** A player on {@code devices}' ringer and playback routing. */
  public static DeviceTonePlayer on(PulseAudioDevices devices) {
    return new DeviceTonePlayer(
        new ToneOutputs() {
          @Override
          public List<FrameOutput> ringers(int sampleRate) {
            return devices.ringers(sampleRate);
          }

          @Override
          public FrameOutput playback(int sampleRate) {
            return devices.playback(sampleRate, null);
          }
        },
        TonePlan.CEPT);
  }

  /** {@inheritDoc} Returns at once; the devices are opened on {@value #THREAD_NAME}. */
  @Override
  public Subscription play(CallTone tone) {
    PlayingTone playingTone = new PlayingTone(tone, new ToneInput(tone, plan, SAMPLE_RATE));
    playing.add(playingTone);
    try {
      clock.add(playingTone);
    } catch (IllegalStateException e) {
      playing.remove(playingTone);
      LOG.debug("tone {} not played: the player is closed", tone);
      return () -> {};
    }
    return () -> clock.later(playingTone::finish);
  }

  /** How many tones are playing now (for tests). */
  int playingCount() {
    return playing.size();
  }

  /** Stops every tone and the thread. Idempotent; never throws. */
  @Override
  public void close() {
    for (PlayingTone tone : List.copyOf(playing)) {
      clock.later(tone::finish);
    }
    clock.close();
  }

  /** One tone being played; everything but {@link #finish} scheduling runs on the clock thread. */
  private final class PlayingTone implements MediaClock.Ticking {
    private final CallTone tone;
    private final ToneInput input;
    private final short[] frame = new short[FrameInput.samplesPerFrame(SAMPLE_RATE)];
    private @Nullable List<FrameOutput> devices;
    private int tail = TAIL_FRAMES;
    private boolean finished;

    PlayingTone(CallTone tone, ToneInput input) {
      this.tone = tone;
      this.input = input;
    }

    @Override
    public void tick() {
      if (finished) {
        return;
      }
      List<FrameOutput> out = devices;
      if (out == null) {
        out = open();
        devices = out;
      }
      if (input.finished() && tail-- <= 0) {
        finish();
        return;
      }
      input.read(frame);
      for (FrameOutput device : out) {
        device.write(frame);
      }
    }

    private List<FrameOutput> open() {
      try {
        return tone == CallTone.RINGTONE
            ? outputs.ringers(SAMPLE_RATE)
            : List.of(outputs.playback(SAMPLE_RATE));
      } catch (RuntimeException e) {
        if (warned.compareAndSet(false, true)) {
          LOG.warn("tones are silent: no device to play {} on: {}", tone, e.getMessage());
        } else {
          LOG.debug("no device to play {} on: {}", tone, e.getMessage());
        }
        return List.of();
      }
    }

    /** Stops the tone and closes its devices; on the clock thread (or the closing one). */
    void finish() {
      if (finished) {
        return;
      }
      finished = true;
      clock.remove(this);
      playing.remove(this);
      List<FrameOutput> out = devices;
      if (out != null) {
        out.forEach(FrameOutput::close);
      }
      input.close();
    }
  }
}
