package org.switchboard.audio.internal.device;

import javax.media.CaptureDeviceInfo;
import javax.media.Player;
import javax.media.Processor;
import javax.media.Renderer;
import javax.media.protocol.CaptureDevice;
import javax.media.protocol.DataSource;
import org.jitsi.impl.neomedia.device.AudioMediaDeviceImpl;
import org.jitsi.impl.neomedia.device.AudioMediaDeviceSession;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.MediaDeviceSession;
import org.jitsi.service.neomedia.MediaDirection;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.source.FrameCaptureDevice;
import org.switchboard.audio.internal.source.FrameSource;

/**
 * One call's libjitsi audio device: captures either from a {@link FrameSource} (tone, WAV, silence;
 * no sound server needed) or from a real capture device, and either plays received audio through
 * the audio system or plays nothing (the recording then happens in the sink package's packet tap).
 *
 * <p>libjitsi calls it on its own media threads; it holds no mutable state of its own.
 */
final class CallAudioDevice extends AudioMediaDeviceImpl {
  private final @Nullable FrameSource frames;
  private final String name;
  private final @Nullable AudioSystem playback;

  private CallAudioDevice(
      @Nullable FrameSource frames, String name, @Nullable AudioSystem playback) {
    this.frames = frames;
    this.name = name;
    this.playback = playback;
  }

  private CallAudioDevice(CaptureDeviceInfo capture, String name, @Nullable AudioSystem playback) {
    super(capture);
    this.frames = null;
    this.name = name;
    this.playback = playback;
  }

  /**
   * A device sending {@code frames}; plays received audio on {@code playback}'s selected device, or
   * nowhere when it is null.
   */
  static CallAudioDevice fromFrames(
      FrameSource frames, String name, @Nullable AudioSystem playback) {
    return new CallAudioDevice(frames, name, playback);
  }

  /** A device capturing from {@code capture}; playback as in {@link #fromFrames}. */
  static CallAudioDevice fromCapture(
      CaptureDeviceInfo capture, String name, @Nullable AudioSystem playback) {
    return new CallAudioDevice(capture, name, playback);
  }

  @Override
  protected synchronized CaptureDevice createCaptureDevice() {
    FrameSource source = frames;
    return source == null ? super.createCaptureDevice() : new FrameCaptureDevice(source, name);
  }

  @Override
  public MediaDirection getDirection() {
    return MediaDirection.SENDRECV;
  }

  @Override
  @SuppressWarnings("NullAway") // libjitsi's contract: null means "no player"
  protected @Nullable Processor createPlayer(DataSource dataSource) throws Exception {
    return playback == null ? null : super.createPlayer(dataSource);
  }

  @Override
  @SuppressWarnings("NullAway") // libjitsi's contract: null lets FMJ choose
  protected @Nullable Renderer createRenderer() {
    AudioSystem system = playback;
    if (system == null) {
      return null;
    }
    return frames == null ? super.createRenderer() : system.createRenderer(true);
  }

  @Override
  public MediaDeviceSession createSession() {
    if (playback != null) {
      return super.createSession();
    }
    return new AudioMediaDeviceSession(this) {
      @Override
      @SuppressWarnings("NullAway")
      protected @Nullable Player createPlayer(DataSource dataSource) {
        return null;
      }
    };
  }
}
