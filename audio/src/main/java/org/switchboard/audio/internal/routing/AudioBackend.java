package org.switchboard.audio.internal.routing;

import org.switchboard.core.media.MediaException;

/**
 * The platform's audio system as routing needs it: what is present, and streams on a device.
 * Implementations are thread-safe; opening may block for a few milliseconds (a server round trip)
 * and is never done on the engine's clock thread.
 */
public interface AudioBackend {
  /**
   * The devices present now.
   *
   * @throws MediaException when the sound server does not answer
   */
  DeviceSnapshot devices();

  /**
   * Opens a record stream.
   *
   * @throws DeviceRefusedException naming the device when the server refuses it
   */
  DeviceInput openCapture(StreamRequest request);

  /**
   * Opens a playback stream.
   *
   * @throws DeviceRefusedException naming the device when the server refuses it
   */
  DeviceOutput openPlayback(StreamRequest request);
}
