package org.switchboard.audio.internal.routing;

import org.switchboard.audio.internal.frame.FrameInput;

/**
 * A capture stream on one device; reads give silence once it {@link #failed}. Same threading
 * contract as {@link FrameInput}.
 */
public interface DeviceInput extends FrameInput, DeviceStream {
  /**
   * Fills {@code frame} with the next 20 ms if the device has delivered them; false (frame
   * untouched) if not yet, so a caller that is not the clock (a microphone test) records only what
   * the device delivered.
   */
  default boolean poll(short[] frame) {
    read(frame);
    return true;
  }
}
