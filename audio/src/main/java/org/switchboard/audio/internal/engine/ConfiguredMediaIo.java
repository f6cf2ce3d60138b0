package org.switchboard.audio.internal.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.frame.DiscardOutput;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.audio.internal.frame.SilenceInput;
import org.switchboard.audio.internal.tone.ToneInput;
import org.switchboard.audio.internal.tone.ToneSpec;
import org.switchboard.audio.internal.wav.CallRecording;
import org.switchboard.audio.internal.wav.WavInput;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaException;

/**
 * The engine's {@link MediaIo} from its settings: a device (through {@link DeviceStreams}), a WAV
 * file played in a loop, a steady tone or silence as the source; a device or nowhere as the
 * playout; and, for a {@link AudioSink.WavFile} sink, a stereo recording of both directions per
 * call (left what was sent, right what was received).
 */
public final class ConfiguredMediaIo implements MediaIo {
  private final AudioSource source;
  private final AudioSink sink;
  private final @Nullable DeviceStreams devices;

  /**
   * @param devices device streams, or null where there is no sound server (then a device source or
   *     sink fails with a clear message)
   */
  public ConfiguredMediaIo(AudioSource source, AudioSink sink, @Nullable DeviceStreams devices) {
    this.source = source;
    this.sink = sink;
    this.devices = devices;
  }

  @Override
  public FrameInput openInput(CallId call, int sampleRate) {
    if (source instanceof AudioSource.Device device) {
      return devices().capture(sampleRate, device.deviceId());
    }
    if (source instanceof AudioSource.WavFile wav) {
      return WavInput.open(wav.path(), sampleRate);
    }
    if (source instanceof AudioSource.Tone tone) {
      // One cadence entry: always on.
      return new ToneInput(
          new ToneSpec(List.of(tone.frequencyHz()), List.of(1000), true), sampleRate);
    }
    return new SilenceInput(sampleRate);
  }

  @Override
  public FrameOutput openOutput(CallId call, int sampleRate) {
    if (sink instanceof AudioSink.Device device) {
      return devices().playback(sampleRate, device.deviceId());
    }
    return new DiscardOutput(sampleRate);
  }

  @Override
  public @Nullable CallTap openRecording(CallId call, int sampleRate) {
    if (!(sink instanceof AudioSink.WavFile wav)) {
      return null;
    }
    return CallTap.recording(CallRecording.start(wav.path(), call, sampleRate));
  }

  private DeviceStreams devices() {
    DeviceStreams streams = devices;
    if (streams == null) {
      throw new MediaException(
          "no sound server: audio devices are not available; use a tone, WAV or silence source");
    }
    return streams;
  }
}
