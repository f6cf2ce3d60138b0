package org.switchboard.queue.service.ivr;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.prompts.PromptAudio;

/**
 * A call that remembers what it was told to play (a loop as "loop music/name"), and finishes
 * playing when the test says so.
 */
final class FakeIvrCall implements IvrCall {
  final List<List<String>> plays = new ArrayList<>();
  int stops;
  boolean hungUp;
  private @Nullable Runnable whenFinished;
  private @Nullable Runnable stale;

  @Override
  public void play(List<PromptAudio> prompts, Runnable whenFinished) {
    plays.add(prompts.stream().map(p -> p.language() + "/" + p.name()).toList());
    this.whenFinished = whenFinished;
  }

  @Override
  public void loop(PromptAudio music) {
    plays.add(List.of("loop " + music.language() + "/" + music.name()));
    stale = whenFinished;
    whenFinished = null;
  }

  @Override
  public void stopPlaying() {
    stops++;
    stale = whenFinished;
    whenFinished = null;
  }

  @Override
  public void hangUp() {
    hungUp = true;
  }

  /** The last play, as "language/name". */
  List<String> lastPlay() {
    return plays.isEmpty() ? List.of() : plays.get(plays.size() - 1);
  }

  /** The current play's prompts all played out. */
  void finishPlaying() {
    Runnable done = whenFinished;
    if (done == null) {
      throw new AssertionError("nothing is playing");
    }
    whenFinished = null;
    done.run();
  }

  /** A completion of a stopped play that was already on its way. */
  void deliverStaleCompletion() {
    Runnable late = stale;
    if (late == null) {
      throw new AssertionError("no play was stopped");
    }
    late.run();
  }

  boolean isPlaying() {
    return whenFinished != null;
  }
}
