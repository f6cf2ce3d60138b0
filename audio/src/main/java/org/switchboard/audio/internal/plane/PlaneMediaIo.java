package org.switchboard.audio.internal.plane;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.engine.CallTap;
import org.switchboard.audio.internal.engine.MediaIo;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.audio.internal.wav.CallRecording;
import org.switchboard.core.call.CallId;

/**
 * The engine's audio for a media plane: each call's input plays its leg's program, each call's
 * playout feeds its leg's ring, and a leg with a recording path is recorded in stereo (left what
 * the caller heard, right what the caller said).
 */
public final class PlaneMediaIo implements MediaIo {
  private final ConcurrentMap<CallId, Leg> legs = new ConcurrentHashMap<>();
  private final Executor events;

  /**
   * @param events runs the plane's callbacks (prompts finished) off the media thread
   */
  public PlaneMediaIo(Executor events) {
    this.events = events;
  }

  /** The leg of {@code call}, created on first use. */
  Leg leg(CallId call) {
    return legs.computeIfAbsent(call, Leg::new);
  }

  /** Forgets {@code call}'s leg (the call ended). */
  public void forget(CallId call) {
    legs.remove(call);
  }

  /** Plays {@code program} on {@code call}'s leg from the next frame. Any thread. */
  public void setProgram(CallId call, Program program) {
    leg(call).program = program;
  }

  /** Records {@code call} to {@code path} once its media starts. Any thread, before the answer. */
  public void recordTo(CallId call, Path path) {
    leg(call).recording = path;
  }

  @Override
  public FrameInput openInput(CallId call, int sampleRate) {
    return new ProgramInput(leg(call), legs::get, events, sampleRate);
  }

  @Override
  public FrameOutput openOutput(CallId call, int sampleRate) {
    return new LegOutput(leg(call), sampleRate);
  }

  @Override
  public @Nullable CallTap openRecording(CallId call, int sampleRate) {
    Path path = leg(call).recording;
    if (path == null) {
      return null;
    }
    return CallTap.recording(CallRecording.start(path, call, sampleRate));
  }
}
