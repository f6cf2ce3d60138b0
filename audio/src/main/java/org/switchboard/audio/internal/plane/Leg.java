package org.switchboard.audio.internal.plane;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;

/**
 * One call leg's media plan and its clock-thread state. {@link #program} and {@link #recording} are
 * set from any thread; the other fields belong to the media-clock thread.
 */
final class Leg {
  final CallId call;
  volatile Program program = new Program.Silence();
  volatile @Nullable Path recording;

  // Media-clock thread only.
  @Nullable FrameRing received;
  @Nullable Program playing;
  @Nullable ClipReader reader;
  int readerRate;
  boolean toldFinished;

  Leg(CallId call) {
    this.call = call;
  }
}
