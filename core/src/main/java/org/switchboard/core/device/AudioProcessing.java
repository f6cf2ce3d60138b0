package org.switchboard.core.device;

/**
 * The voice processing the platform's audio system applies to one capture device, where it offers
 * it (PulseAudio's echo-cancel filter, for example). A headset with its own processing is usually
 * best with all three off.
 *
 * @param echoCancellation remove the far end's voice picked up from the speaker
 * @param noiseSuppression reduce steady background noise
 * @param automaticGain level the microphone's volume
 */
public record AudioProcessing(
    boolean echoCancellation, boolean noiseSuppression, boolean automaticGain) {
  /** Everything on: right for laptop microphones and speakers. */
  public static final AudioProcessing ALL = new AudioProcessing(true, true, true);

  /** Everything off: right for headsets that process in the device. */
  public static final AudioProcessing NONE = new AudioProcessing(false, false, false);

  /** Whether any processing is asked for. */
  public boolean any() {
    return echoCancellation || noiseSuppression || automaticGain;
  }
}
