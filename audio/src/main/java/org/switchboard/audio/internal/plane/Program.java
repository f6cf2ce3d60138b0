package org.switchboard.audio.internal.plane;

import java.util.List;
import org.switchboard.audio.internal.wav.Clip;
import org.switchboard.core.call.CallId;

/** What a leg sends now. Immutable; a new program replaces the old one as a whole. */
public sealed interface Program {
  /** Nothing. */
  record Silence() implements Program {}

  /** {@code clips} once, in order; then silence, and {@code finished} is told. */
  record Prompts(List<Clip> clips, Runnable finished) implements Program {
    public Prompts {
      clips = List.copyOf(clips);
    }
  }

  /** {@code clip} over and over. */
  record Loop(Clip clip) implements Program {}

  /** What leg {@code other} receives (its caller's voice): the two legs are bridged. */
  record Hear(CallId other) implements Program {}
}
