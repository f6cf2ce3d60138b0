package org.switchboard.app.settings;

import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import org.switchboard.core.Subscription;

/**
 * Checks audio devices from the settings screen: a microphone level meter and a test sound. The
 * composition root implements it over the audio adapter. Device ids are {@link
 * org.switchboard.core.device.AudioDevice#id()}; an empty id means the system default.
 */
public interface AudioCheck {

  /**
   * Starts measuring the microphone {@code deviceId}. {@code level} receives the level from 0
   * (silence) to 1 (full scale), several times a second, on a media thread; it must return quickly.
   * Closing the subscription stops the measuring and releases the device.
   */
  Subscription meter(String deviceId, DoubleConsumer level);

  /**
   * Plays a short test sound on the speaker or ringer {@code deviceId}. Called on the JavaFX
   * thread; returns at once. The future completes when the sound has played, or exceptionally with
   * a message safe to show (e.g. the device is gone).
   */
  CompletableFuture<Void> playTest(String deviceId);
}
