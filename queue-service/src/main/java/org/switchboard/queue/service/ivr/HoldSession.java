package org.switchboard.queue.service.ivr;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.prompts.Announcement;
import org.switchboard.queue.service.prompts.ExpectedWait;
import org.switchboard.queue.service.prompts.MissingPromptException;
import org.switchboard.queue.service.prompts.PromptAudio;
import org.switchboard.queue.service.prompts.PromptLibrary;
import org.switchboard.queue.service.prompts.PromptNames;
import org.switchboard.queue.service.timing.Timers;

/**
 * What a caller hears while waiting in a queue. On joining: "all our agents are busy", the position
 * and expected wait, and the callback offer when the queue has a callback digit; then the queue's
 * music on hold, looped. Every {@code announceEvery} (never when zero) the music pauses for the
 * position, the wait and the offer again. Pressing the queue's callback digit asks for a callback:
 * the listener is told at once (so the request is recorded even if the caller hangs up during the
 * goodbye), the caller hears {@link PromptNames#CALLBACK_RECORDED} and the call is hung up. The
 * queue ends the hold with {@link #stop} when an agent answers or the call overflows.
 *
 * <p>Threads: not thread-safe. Every method, the {@link IvrCall}'s completion callbacks, the {@link
 * Timers}' tasks, the {@link Standing} and the listener run on the call's serial thread.
 */
public final class HoldSession {
  private static final Logger log = LoggerFactory.getLogger(HoldSession.class);

  /** The caller's place in the queue, read for each announcement. */
  public interface Standing {
    /**
     * The caller's position (1: next). Called on the call's serial thread: return the latest figure
     * the routing thread published, never wait for it.
     */
    int position();

    /** The caller's expected wait; called like {@link #position}. */
    ExpectedWait expectedWait();
  }

  private final QueueDefinition queue;
  private final String language;
  private final PromptLibrary prompts;
  private final IvrCall call;
  private final IvrPlayer player;
  private final Timers timers;
  private final Standing standing;
  private final Runnable callbackRequested;
  private Timers.@Nullable Timer nextAnnouncement;
  private boolean started;
  private boolean ended;

  /**
   * @param queue the queue the caller waits in (its music, announcement interval, callback digit)
   * @param language the caller's language
   * @param fallbackLanguage the language of prompts missing in the caller's (the entry point's
   *     default)
   * @param prompts where the recordings are
   * @param call the caller's call
   * @param timers timers that run on the call's serial thread
   * @param standing the caller's position and expected wait
   * @param callbackRequested told, once, on the call's serial thread, when the caller asks for a
   *     callback; the queue then records the request and removes the call
   */
  public HoldSession(
      QueueDefinition queue,
      String language,
      String fallbackLanguage,
      PromptLibrary prompts,
      IvrCall call,
      Timers timers,
      Standing standing,
      Runnable callbackRequested) {
    this.queue = queue;
    this.language = language;
    this.prompts = prompts;
    this.call = call;
    this.player = new IvrPlayer(prompts, call, fallbackLanguage);
    this.timers = timers;
    this.standing = standing;
    this.callbackRequested = callbackRequested;
  }

  /** The caller has joined the queue. Called once, on the call's serial thread. */
  public void start() {
    if (started) {
      throw new IllegalStateException("the hold in queue " + queue.id() + " already started");
    }
    started = true;
    List<String> intro = new ArrayList<>(List.of(PromptNames.AGENTS_BUSY));
    intro.addAll(announcement());
    player.play(intro, language, this::music);
  }

  /** A key the caller pressed; only the queue's callback digit does anything. Serial thread. */
  public void onDigit(char key) {
    String digit = queue.callbackDigit();
    if (ended || digit == null || !digit.equals(String.valueOf(key))) {
      return;
    }
    end();
    callbackRequested.run();
    player.play(List.of(PromptNames.CALLBACK_RECORDED), language, call::hangUp);
  }

  /** The hold is over (answered, overflowed, gone): stops music and announcements. */
  public void stop() {
    if (!ended) {
      end();
      player.stop();
    }
  }

  /** The caller hung up. Called on the call's serial thread. */
  public void onHangup() {
    end();
    player.forget();
  }

  private void music() {
    if (ended) {
      return;
    }
    try {
      player.loop(prompts.music(queue.music()));
    } catch (MissingPromptException e) {
      log.warn("queue {} has no music on hold: {}", queue.id(), e.getMessage());
      player.loop(fallbackMusic());
    }
    if (!queue.announceEvery().isZero() && nextAnnouncement == null) {
      nextAnnouncement = timers.schedule(queue.announceEvery(), this::announce);
    }
  }

  private void announce() {
    nextAnnouncement = null;
    if (!ended) {
      player.play(announcement(), language, this::music);
    }
  }

  private List<String> announcement() {
    Announcement say = Announcement.in(language);
    int position = standing.position();
    List<String> names = new ArrayList<>(position >= 1 ? say.position(position) : List.of());
    names.addAll(say.expectedWait(standing.expectedWait()));
    String digit = queue.callbackDigit();
    if (digit != null && digit.length() == 1 && "0123456789*#".contains(digit)) {
      names.addAll(say.callbackOffer(digit.charAt(0)));
    }
    return names;
  }

  private PromptAudio fallbackMusic() {
    return prompts.music("default");
  }

  private void end() {
    ended = true;
    Timers.Timer pending = nextAnnouncement;
    nextAnnouncement = null;
    if (pending != null) {
      pending.cancel();
    }
  }
}
