package org.switchboard.audio.internal.routing;

import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * A call's earpiece (or the ringtone's one ringer): whichever output device routing chooses for its
 * role, swapped underneath on a switch, a hot-plugged preferred device, or the loss of the one in
 * use. {@link #write} is for the engine's clock thread and never blocks for longer than one stream
 * write.
 */
public final class RoutedPlayback extends RoutedStream<DeviceOutput> implements FrameOutput {
  RoutedPlayback(
      DeviceRouter router,
      AudioDeviceRole role,
      StreamPurpose purpose,
      int sampleRate,
      @Nullable String pinned) {
    super(router, role, purpose, sampleRate, pinned, SilentStreams.output(sampleRate));
  }

  @Override
  DeviceOutput open(AudioBackend backend, StreamRequest request) {
    return backend.openPlayback(request);
  }

  @Override
  public void write(short[] frame) {
    current().write(frame);
  }
}
