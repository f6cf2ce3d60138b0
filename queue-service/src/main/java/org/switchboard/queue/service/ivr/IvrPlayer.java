package org.switchboard.queue.service.ivr;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.service.prompts.MissingPromptException;
import org.switchboard.queue.service.prompts.PromptAudio;
import org.switchboard.queue.service.prompts.PromptLibrary;

/**
 * Plays prompt names on an {@link IvrCall} and tells the IVR when the current playing has finished,
 * ignoring completions of playings that were stopped or replaced since (they may already be on
 * their way to the call's thread). A prompt without a recording is left out with a warning, so a
 * caller hears the rest rather than a dead line; configuration checks ({@link
 * PromptLibrary#missingFor}) keep that from happening. Used on the call's serial thread only.
 */
final class IvrPlayer {
  private static final Logger log = LoggerFactory.getLogger(IvrPlayer.class);

  private final PromptLibrary prompts;
  private final IvrCall call;
  private final String fallbackLanguage;
  private long current;

  IvrPlayer(PromptLibrary prompts, IvrCall call, String fallbackLanguage) {
    this.prompts = prompts;
    this.call = call;
    this.fallbackLanguage = fallbackLanguage;
  }

  /**
   * Plays {@code names} in {@code language} and then runs {@code next}, unless {@link #stop} or
   * another {@code play} comes first. With nothing to play, {@code next} runs at once.
   */
  void play(List<String> names, String language, Runnable next) {
    long playing = ++current;
    List<PromptAudio> audio = resolve(names, language);
    if (audio.isEmpty()) {
      next.run();
      return;
    }
    call.play(
        audio,
        () -> {
          if (playing == current) {
            current++;
            next.run();
          }
        });
  }

  /** Loops {@code music} until the next {@code play} or {@link #stop}. */
  void loop(PromptAudio music) {
    current++;
    call.loop(music);
  }

  /** Stops what is playing (if anything) and forgets its completion. */
  void stop() {
    current++;
    call.stopPlaying();
  }

  /** Forgets the completion of what is playing, without touching the call (it has ended). */
  void forget() {
    current++;
  }

  private List<PromptAudio> resolve(List<String> names, String language) {
    List<PromptAudio> audio = new ArrayList<>(names.size());
    for (String name : names) {
      try {
        audio.add(prompts.resolve(name, language, fallbackLanguage));
      } catch (MissingPromptException e) {
        log.warn("IVR prompt left out: {}", e.getMessage());
      }
    }
    return audio;
  }
}
