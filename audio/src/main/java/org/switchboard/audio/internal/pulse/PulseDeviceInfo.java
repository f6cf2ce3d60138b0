package org.switchboard.audio.internal.pulse;

import java.util.Objects;

/**
 * A sink or source as the PulseAudio server lists it.
 *
 * @param name the server's device name (e.g. {@code alsa_output.usb-Plantronics_...}): stable
 *     across re-plugs and reboots, because PulseAudio derives it from the card's bus and serial
 * @param description the human name the server gives (e.g. "Plantronics Blackwire 3220")
 * @param sink true for a sink (playback), false for a source (capture)
 */
public record PulseDeviceInfo(String name, String description, boolean sink) {
  public PulseDeviceInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }
}
