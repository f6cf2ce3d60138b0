package org.switchboard.queue.service.ivr;

import java.util.List;
import org.switchboard.queue.service.prompts.PromptAudio;

/**
 * What the IVR and the queue's hold need of a customer's call: play prompts, loop music, stop them,
 * hang up. The service's media side implements it over the audio engine. Every method is called on
 * the call's serial thread and returns at once.
 */
public interface IvrCall {
  /**
   * Plays {@code prompts} one after the other, replacing whatever this call was playing, and then
   * runs {@code whenFinished}. {@code whenFinished} must run on the call's serial thread (never
   * from inside this method), once, after the last prompt's audio has been sent; it need not run
   * when the playing was stopped by {@link #stopPlaying}, replaced, or the call ended (the IVR
   * ignores a late one).
   */
  void play(List<PromptAudio> prompts, Runnable whenFinished);

  /**
   * Plays {@code music} over and over, replacing whatever this call was playing, until {@link
   * #stopPlaying} or {@link #play} replaces it.
   */
  void loop(PromptAudio music);

  /**
   * Stops the prompts or music being played (a caller pressed a key over them); silence follows.
   */
  void stopPlaying();

  /** Ends the call (the IVR gave up on a caller it cannot route). */
  void hangUp();
}
