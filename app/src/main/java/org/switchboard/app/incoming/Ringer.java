package org.switchboard.app.incoming;

/**
 * Plays the ringtone while a call rings. Both methods are called on the JavaFX application thread
 * and must return at once: an implementation does its audio work on its own thread. Starting while
 * ringing and stopping while silent are harmless. An implementation that cannot play (no audio
 * device) stays silent rather than throwing.
 */
public interface Ringer {
  /** Starts ringing, or keeps ringing. */
  void start();

  /** Stops ringing, or stays silent. */
  void stop();

  /** A ringer that never makes a sound, for tests and for "ringtone off". */
  static Ringer silent() {
    return new Ringer() {
      @Override
      public void start() {}

      @Override
      public void stop() {}
    };
  }
}
