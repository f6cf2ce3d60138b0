package org.switchboard.audio.internal.engine;

import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;

/**
 * Opens audio device streams for calls. A null device id means "the device in use for the role"
 * (the routing's choice, which follows preferences and hot-plugging); an id pins that device.
 */
public interface DeviceStreams {
  /** A capture stream at {@code sampleRate}. Throws {@code MediaException} naming the device. */
  FrameInput capture(int sampleRate, @Nullable String deviceId);

  /** A playback stream at {@code sampleRate}. Throws {@code MediaException} naming the device. */
  FrameOutput playback(int sampleRate, @Nullable String deviceId);
}
