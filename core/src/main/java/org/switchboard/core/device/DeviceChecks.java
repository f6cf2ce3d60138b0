package org.switchboard.core.device;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import org.switchboard.core.Subscription;

/** What an agent uses to check a headset: level meters, a microphone test and a speaker test. */
public interface DeviceChecks {
  /**
   * Measures the capture device {@code deviceId} (empty for the system default): {@code level}
   * receives its peak level, 0 (silence) to 1 (full scale), about ten times a second, on a
   * media-events thread. Closing the subscription releases the device.
   */
  Subscription inputLevel(String deviceId, DoubleConsumer level);

  /**
   * Measures what the playback device {@code deviceId} (empty for the system default) plays, from
   * calls, tones and tests alike: {@code level} receives its peak level, 0 to 1, about ten times a
   * second, on a media-events thread. Closing the subscription stops measuring.
   */
  Subscription outputLevel(String deviceId, DoubleConsumer level);

  /**
   * Records {@code length} from the capture device and plays it back on the playback device (ids
   * empty for the system defaults). Completes when the playback has finished, or exceptionally with
   * a message safe to show.
   */
  CompletableFuture<Void> microphoneTest(String captureId, String playbackId, Duration length);

  /**
   * Plays a short test sound on the playback or ringer device {@code deviceId}. Completes when it
   * has played, or exceptionally with a message safe to show (for example, the device is gone).
   */
  CompletableFuture<Void> speakerTest(String deviceId);
}
