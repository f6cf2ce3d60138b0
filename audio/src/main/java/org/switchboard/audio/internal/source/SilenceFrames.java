package org.switchboard.audio.internal.source;

import java.util.Arrays;

/** Digital silence. Stateless, so any thread may use it. */
public final class SilenceFrames implements FrameSource {
  @Override
  public void nextFrame(short[] frame) {
    Arrays.fill(frame, (short) 0);
  }
}
