package org.switchboard.audio.internal.device;

import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jitsi.service.neomedia.device.MediaDevice;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.source.FrameSource;
import org.switchboard.audio.internal.source.LoopingFrames;
import org.switchboard.audio.internal.source.SilenceFrames;
import org.switchboard.audio.internal.source.ToneFrames;
import org.switchboard.audio.internal.source.WavFiles;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaException;

/**
 * Builds each call's libjitsi device from the engine's source and sink. Device look-ups happen per
 * call, so a headset plugged in between calls is used by the next one.
 *
 * <p>Thread-safe: immutable; the WAV samples are shared read-only by every call.
 */
public final class CallDeviceFactory {
  private final MediaServiceImpl media;
  private final AudioSource source;
  private final AudioSink sink;
  private final short @Nullable [] wavSamples;

  /**
   * Prepares for {@code source} and {@code sink}; reads a WAV source now, once.
   *
   * @throws MediaException when a WAV source cannot be read
   */
  public CallDeviceFactory(MediaServiceImpl media, AudioSource source, AudioSink sink) {
    this.media = media;
    this.source = source;
    this.sink = sink;
    this.wavSamples =
        source instanceof AudioSource.WavFile wav ? WavFiles.read8kMono(wav.path()) : null;
  }

  /**
   * A new device for {@code call}, wrapped in libjitsi's audio mixer (the bare device does not
   * prefetch without a sound server; the mixer does).
   *
   * @throws MediaException when a named or default device is missing
   */
  public MediaDevice create(CallId call) {
    AudioSystem playback = sink instanceof AudioSink.Device d ? playbackSystem(d) : null;
    String name = call.value();
    CallAudioDevice device;
    if (source instanceof AudioSource.Device d) {
      device = CallAudioDevice.fromCapture(captureDevice(d.deviceId()), name, playback);
    } else {
      device = CallAudioDevice.fromFrames(frames(), name, playback);
    }
    return media.createMixer(device);
  }

  private FrameSource frames() {
    if (source instanceof AudioSource.Tone tone) {
      return new ToneFrames(tone.frequencyHz());
    }
    short[] samples = wavSamples;
    return samples == null ? new SilenceFrames() : new LoopingFrames(samples);
  }

  private AudioSystem audioSystem() {
    AudioSystem system = media.getDeviceConfiguration().getAudioSystem();
    if (system == null) {
      throw new MediaException("libjitsi has no audio system (no sound server reachable?)");
    }
    return system;
  }

  private CaptureDeviceInfo2 captureDevice(@Nullable String id) {
    AudioSystem system = audioSystem();
    CaptureDeviceInfo2 found =
        id == null
            ? system.getSelectedDevice(AudioSystem.DataFlow.CAPTURE)
            : DeviceIds.find(system.getDevices(AudioSystem.DataFlow.CAPTURE), id);
    if (found == null) {
      throw new MediaException(
          id == null
              ? "no default capture device in " + system.getLocatorProtocol()
              : "no capture device " + id + " in " + system.getLocatorProtocol());
    }
    return found;
  }

  /**
   * The audio system that plays received audio. libjitsi renders on the audio system's selected
   * playback device, so a named device is selected there (without saving the choice).
   */
  private AudioSystem playbackSystem(AudioSink.Device device) {
    AudioSystem system = audioSystem();
    String id = device.deviceId();
    if (id != null) {
      CaptureDeviceInfo2 found =
          DeviceIds.find(system.getDevices(AudioSystem.DataFlow.PLAYBACK), id);
      if (found == null) {
        throw new MediaException("no playback device " + id + " in " + system.getLocatorProtocol());
      }
      system.setDevice(AudioSystem.DataFlow.PLAYBACK, found, false);
    }
    return system;
  }
}
