package org.switchboard.audio.internal.routing;

import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.core.device.AudioDeviceRole;

/**
 * A call's microphone: whichever capture device routing chooses, swapped underneath on a switch, a
 * hot-plugged preferred device, or the loss of the one in use. {@link #read} is for the engine's
 * clock thread and never blocks for longer than one stream read.
 */
public final class RoutedCapture extends RoutedStream<DeviceInput> implements FrameInput {
  RoutedCapture(DeviceRouter router, int sampleRate, @Nullable String pinned) {
    super(
        router,
        AudioDeviceRole.CAPTURE,
        StreamPurpose.CALL,
        sampleRate,
        pinned,
        SilentStreams.input(sampleRate));
  }

  @Override
  DeviceInput open(AudioBackend backend, StreamRequest request) {
    return backend.openCapture(request);
  }

  @Override
  public void read(short[] frame) {
    current().read(frame);
  }
}
