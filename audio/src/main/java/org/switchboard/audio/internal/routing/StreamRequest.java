package org.switchboard.audio.internal.routing;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.device.AudioProcessing;

/**
 * What to open.
 *
 * @param deviceId the device's stable id, or null for the system default
 * @param sampleRate 8000, 16000 or 48000 Hz (mono, 16-bit; the server resamples)
 * @param processing the voice processing wanted on the capture device this stream belongs with (for
 *     a call's playback: the processing of the call's capture device, which needs the far end as
 *     its reference)
 * @param purpose what the stream is for
 */
public record StreamRequest(
    @Nullable String deviceId, int sampleRate, AudioProcessing processing, StreamPurpose purpose) {
  public StreamRequest {
    Objects.requireNonNull(processing, "processing");
    Objects.requireNonNull(purpose, "purpose");
    if (sampleRate != 8000 && sampleRate != 16000 && sampleRate != 48000) {
      throw new IllegalArgumentException(
          "sample rate must be 8000, 16000 or 48000 Hz, not " + sampleRate);
    }
  }

  /** The device for messages: its id, or "the system default". */
  public String deviceForMessages() {
    return deviceId == null ? "the system default device" : "device '" + deviceId + "'";
  }
}
