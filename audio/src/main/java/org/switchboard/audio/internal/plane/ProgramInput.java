package org.switchboard.audio.internal.plane;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.core.call.CallId;

/**
 * A leg's source: whatever its program says now, switched between frames. A program's progress is
 * kept on the leg, so closing and reopening the input (hold, mute, a codec change) does not restart
 * the prompts. Media-clock thread only, except construction.
 */
final class ProgramInput implements FrameInput {
  private final Leg leg;
  private final Function<CallId, @Nullable Leg> legs;
  private final Executor events;
  private final int sampleRate;

  /**
   * @param legs finds a bridged leg (a concurrent map lookup)
   * @param events runs a prompt's "finished" callback off the media thread
   */
  ProgramInput(Leg leg, Function<CallId, @Nullable Leg> legs, Executor events, int sampleRate) {
    this.leg = leg;
    this.legs = legs;
    this.events = events;
    this.sampleRate = sampleRate;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  @Override
  public void read(short[] frame) {
    Program program = leg.program;
    if (program != leg.playing || (leg.reader != null && leg.readerRate != sampleRate)) {
      start(program);
    }
    if (program instanceof Program.Hear hear) {
      Leg other = legs.apply(hear.other());
      FrameRing ring = other == null ? null : other.received;
      if (ring == null) {
        Arrays.fill(frame, (short) 0);
      } else {
        ring.pop(frame, sampleRate);
      }
      return;
    }
    ClipReader reader = leg.reader;
    if (reader == null) {
      Arrays.fill(frame, (short) 0);
    } else {
      reader.read(frame);
    }
    if (program instanceof Program.Prompts prompts && !leg.toldFinished) {
      if (reader == null || reader.finished()) {
        leg.toldFinished = true;
        events.execute(prompts.finished());
      }
    }
  }

  private void start(Program program) {
    boolean sameProgram = program == leg.playing;
    leg.playing = program;
    if (!sameProgram) {
      leg.toldFinished = false;
    }
    leg.readerRate = sampleRate;
    if (program instanceof Program.Prompts prompts) {
      leg.reader =
          prompts.clips().isEmpty() ? null : new ClipReader(prompts.clips(), sampleRate, false);
    } else if (program instanceof Program.Loop loop) {
      leg.reader = new ClipReader(java.util.List.of(loop.clip()), sampleRate, true);
    } else {
      leg.reader = null;
    }
  }

  @Override
  public void close() {
    // The program's progress stays on the leg for the next input.
  }
}
