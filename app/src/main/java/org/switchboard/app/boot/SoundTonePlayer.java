package org.switchboard.app.boot;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.switchboard.app.incoming.RingCadence;
import org.switchboard.app.incoming.SoundRinger;
import org.switchboard.core.Subscription;
import org.switchboard.core.media.CallTone;
import org.switchboard.core.media.TonePlayer;

/**
 * INTERIM (issue 4): plays the {@link CallTone}s through Java Sound on the default device, one
 * {@link SoundRinger} per tone, until the audio module's tone player is wired in by the lead. A
 * tone that plays once is stopped after its tone on the {@code tones-timer} thread.
 */
final class SoundTonePlayer implements TonePlayer, AutoCloseable {
  private final Map<CallTone, SoundRinger> players = new EnumMap<>(CallTone.class);
  private final Map<CallTone, RingCadence> cadences = new EnumMap<>(CallTone.class);
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "tones-timer");
            t.setDaemon(true);
            return t;
          });

  SoundTonePlayer() {
    cadences.put(CallTone.RINGTONE, RingCadence.STANDARD);
    cadences.put(CallTone.RINGBACK, cadence(440, 480, 2000, 4000, 0.15));
    cadences.put(CallTone.CALL_WAITING, cadence(440, 440, 300, 0, 0.15));
    cadences.put(CallTone.ZIP, cadence(440, 440, 120, 0, 0.15));
    cadences.put(CallTone.BUSY, cadence(480, 620, 500, 500, 0.15));
    cadences.put(CallTone.ERROR, cadence(480, 620, 250, 250, 0.15));
    for (Map.Entry<CallTone, RingCadence> e : cadences.entrySet()) {
      players.put(e.getKey(), new SoundRinger(() -> null, e.getValue()));
    }
  }

  private static RingCadence cadence(double low, double high, int onMs, int offMs, double level) {
    return new RingCadence(
        16_000f, low, high, Duration.ofMillis(onMs), Duration.ofMillis(offMs), level);
  }

  @Override
  public Subscription play(CallTone tone) {
    SoundRinger player = Objects.requireNonNull(players.get(tone), "player");
    player.start();
    if (!tone.repeats()) {
      long ms = Objects.requireNonNull(cadences.get(tone), "cadence").on().toMillis();
      timer.schedule(player::stop, ms, TimeUnit.MILLISECONDS);
    }
    return player::stop;
  }

  @Override
  public void close() {
    players.values().forEach(SoundRinger::close);
    timer.shutdownNow();
  }
}
