package org.switchboard.audio.internal.engine;

import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.call.CallId;

/**
 * Where calls' audio comes from and goes to: the engine's configured source and sink (a device
 * through the device routing, a WAV file, a tone, silence, nowhere) at the rate of the call's
 * codec. Called on the {@code sip-events} thread when media starts or changes; opening a device may
 * take a few milliseconds.
 */
public interface MediaIo {
  /** Opens what the call sends. Throws {@link org.switchboard.core.media.MediaException}. */
  FrameInput openInput(CallId call, int sampleRate);

  /** Opens where the call's received audio goes. */
  FrameOutput openOutput(CallId call, int sampleRate);

  /** Opens the call's local recording, or null when calls are not recorded. */
  @Nullable CallTap openRecording(CallId call, int sampleRate);
}
