package org.switchboard.audio.internal.routing;

import org.switchboard.core.media.MediaException;

/** The sound server would not open a stream on a device (gone, busy, or refused). */
public final class DeviceRefusedException extends MediaException {
  private static final long serialVersionUID = 1L;

  public DeviceRefusedException(String message) {
    super(message);
  }
}
