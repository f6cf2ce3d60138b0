package org.switchboard.app.boot;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.settings.AudioPorts;
import org.switchboard.audio.DeviceTonePlayer;
import org.switchboard.audio.PulseAudioDevices;
import org.switchboard.core.device.AudioDevices;
import org.switchboard.core.device.DeviceChecks;
import org.switchboard.core.device.DeviceRouting;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.TonePlayer;

/**
 * The audio parts the desktop uses, filled in one place: the devices on the PulseAudio server, the
 * device in use per role, the headset checks and the call tones, and the same devices for the media
 * engine's calls. Without a reachable sound server they are stand-ins ({@link NoSoundServer}):
 * empty device lists, silent tones, and calls that can only use a tone, WAV or silence source.
 *
 * @param devices the devices plugged in
 * @param routing the device in use per role, following the agent's preferences
 * @param checks input meter, microphone and speaker tests
 * @param tones the ringtone and call-progress tones
 * @param calls the devices calls capture from and play to, null without a sound server
 * @param close releases what the parts hold (threads, the server connection); never throws
 */
record AudioParts(
    AudioDevices devices,
    DeviceRouting routing,
    DeviceChecks checks,
    TonePlayer tones,
    @Nullable PulseAudioDevices calls,
    Runnable close) {
  private static final Logger log = LoggerFactory.getLogger(AudioParts.class);

  /** A test's sound server ({@code unix:/path}): tests connect only when it is set. */
  static final String TEST_SERVER_PROPERTY = "switchboard.pulseServer";

  AudioParts {
    Objects.requireNonNull(devices, "devices");
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(tones, "tones");
    Objects.requireNonNull(close, "close");
  }

  /**
   * The parts for {@code env}: on the user's sound server for the real desktop; in tests (no
   * desktop integration) only on the server named by {@value #TEST_SERVER_PROPERTY}, so tests never
   * ring on a developer's speakers. Connecting takes a server round trip (a few milliseconds, at
   * most 5 s for a server that hangs).
   */
  static AudioParts connect(DesktopEnvironment env) {
    String testServer = System.getProperty(TEST_SERVER_PROPERTY);
    if (!env.desktopIntegration() && testServer == null) {
      return none();
    }
    return connect(env.desktopIntegration() ? null : testServer);
  }

  /** The parts on the PulseAudio server at {@code server} (null: the user's), or stand-ins. */
  static AudioParts connect(@Nullable String server) {
    PulseAudioDevices pulse;
    try {
      pulse = PulseAudioDevices.connect(server);
    } catch (MediaException e) {
      log.warn(
          "no sound server: device lists are empty, tones are silent and calls need a tone or"
              + " WAV source ({})",
          e.getMessage());
      return none();
    }
    DeviceTonePlayer tones = DeviceTonePlayer.on(pulse);
    return new AudioParts(
        pulse,
        pulse,
        pulse,
        tones,
        pulse,
        () -> {
          tones.close();
          pulse.close();
        });
  }

  /** Stand-ins for a machine without a sound server (and for tests). */
  static AudioParts none() {
    NoSoundServer none = new NoSoundServer();
    return new AudioParts(none, none, none, tone -> () -> {}, null, () -> {});
  }

  /** What the settings screen uses. */
  AudioPorts ports() {
    return new AudioPorts(devices, routing, checks);
  }
}
