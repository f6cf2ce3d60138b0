package org.switchboard.core.device;

import java.util.List;
import org.switchboard.core.Subscription;

/** The platform's audio devices. */
public interface AudioDevices {

  /** The devices available now for {@code role}, the system default first when known. */
  List<AudioDevice> list(AudioDeviceRole role);

  /**
   * Registers a listener called when devices appear or disappear. Called on a media thread; must
   * return quickly and hand work on.
   */
  Subscription addChangeListener(Runnable onChange);
}
