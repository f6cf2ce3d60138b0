package org.switchboard.audio.internal.routing;

import org.switchboard.audio.internal.frame.FrameOutput;

/**
 * A playback stream on one device; writes are dropped once it {@link #failed}. Same threading
 * contract as {@link FrameOutput}.
 */
public interface DeviceOutput extends FrameOutput, DeviceStream {
  /**
   * Writes {@code frame} if the device has room now; false (nothing written) if it has not, so a
   * caller that is not the clock (a speaker test) can offer it again instead of losing it.
   */
  default boolean offer(short[] frame) {
    write(frame);
    return true;
  }
}
