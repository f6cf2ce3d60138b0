package org.switchboard.core.device;

/** What an audio device is used for. */
public enum AudioDeviceRole {
  /** Microphone. */
  CAPTURE,
  /** Earpiece or speaker for the call. */
  PLAYBACK,
  /** Where the ringtone plays. */
  RINGER
}
