package org.switchboard.app.boot;

import java.util.Objects;
import org.switchboard.app.settings.AudioPorts;
import org.switchboard.audio.LibjitsiAudioDevices;
import org.switchboard.core.device.AudioDevices;
import org.switchboard.core.device.DeviceChecks;
import org.switchboard.core.device.DeviceRouting;
import org.switchboard.core.media.TonePlayer;

/**
 * SEAM (issue 4): the audio parts the desktop uses, filled in one place. {@link #interim} builds
 * them from the classes the desktop had before the new media engine (libjitsi's device list, Java
 * Sound checks and tones, a routing that only keeps the choice); the lead replaces it with the
 * audio module's {@code AudioDevices}, {@code DeviceRouting}, {@code DeviceChecks} and {@code
 * TonePlayer} when the engine is wired in.
 *
 * @param devices the devices plugged in
 * @param routing the device in use per role, following the agent's preferences
 * @param checks input meter, microphone and speaker tests
 * @param tones the ringtone and call-progress tones
 * @param close releases what the parts hold (threads); never throws
 */
record AudioParts(
    AudioDevices devices,
    DeviceRouting routing,
    DeviceChecks checks,
    TonePlayer tones,
    Runnable close) {
  AudioParts {
    Objects.requireNonNull(devices, "devices");
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(tones, "tones");
    Objects.requireNonNull(close, "close");
  }

  /**
   * INTERIM: the parts before the new engine. Tones are silent without desktop integration (tests).
   */
  static AudioParts interim(boolean sound) {
    AudioDevices devices = new LazyAudioDevices(LibjitsiAudioDevices::start);
    SoundTonePlayer tones = sound ? new SoundTonePlayer() : null;
    return new AudioParts(
        devices,
        new PreferenceRouting(devices),
        new SoundAudioCheck(),
        tones == null ? tone -> () -> {} : tones,
        tones == null ? () -> {} : tones::close);
  }

  /** What the settings screen uses. */
  AudioPorts ports() {
    return new AudioPorts(devices, routing, checks);
  }
}
