package org.switchboard.queue.service.ivr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.IvrChoice;
import org.switchboard.queue.service.definitions.IvrStep;
import org.switchboard.queue.service.prompts.PromptLibrary;
import org.switchboard.queue.service.prompts.PromptNames;
import org.switchboard.queue.service.timing.Timers;

/**
 * The IVR of one customer call, as its entry point defines it. It plays the greeting, then the
 * first step. A menu step waits up to the step's {@code timeout} for one key: a choice's key
 * applies the choice (language, attached data, then the next step or a queue), the {@code
 * repeatDigit} plays the step again, anything else plays {@link PromptNames#INVALID} and the step
 * again. Pressing nothing plays {@link PromptNames#NO_INPUT} and the step again. After {@code
 * maxTries} such failures in a row the step's {@code fallback} applies instead. A collecting step
 * gathers digits until {@code maxDigits}, {@code #}, or the {@code timeout} between keys (what was
 * entered by then counts); fewer than {@code minDigits} is a failure like an invalid key; the
 * {@code repeatDigit} starts the entry over; the digits go into the attached-data field {@code
 * collectInto}, and the IVR goes on to {@code next} (or the fallback when there is none).
 *
 * <p>Keys pressed during a prompt interrupt it and count at once (barge-in); keys pressed during
 * the greeting count for the first step. The IVR ends once: with an {@link IvrOutcome} handed to
 * the listener, with the caller hanging up ({@link #onHangup}, no outcome), or, should a
 * configuration send callers round in circles, after {@value #MAX_STEPS} steps with goodbye and
 * {@link IvrCall#hangUp}.
 *
 * <p>Threads: not thread-safe. Every method, the {@link IvrCall}'s completion callbacks and the
 * {@link Timers}' tasks run on the call's serial thread; the outcome listener is called there too.
 */
public final class IvrSession {
  /** Steps passed before the IVR decides the caller is going round in circles. */
  static final int MAX_STEPS = 50;

  private static final Logger log = LoggerFactory.getLogger(IvrSession.class);

  private enum Phase {
    NOT_STARTED,
    GREETING,
    PROMPTING,
    WAITING,
    ENDED
  }

  private final EntryPoint entry;
  private final IvrPlayer player;
  private final IvrCall call;
  private final Timers timers;
  private final Consumer<IvrOutcome> listener;
  private final Map<String, String> attached = new LinkedHashMap<>();
  private final Map<String, String> choices = new LinkedHashMap<>();
  private final StringBuilder digits = new StringBuilder();
  private Phase phase = Phase.NOT_STARTED;
  private String language;
  private IvrStep step;
  private int failures;
  private int stepsPassed;
  private Timers.@Nullable Timer timeout;

  /**
   * @param entry the entry point the call reached
   * @param prompts where the prompts' recordings are
   * @param call the customer's call
   * @param timers timers that run on the call's serial thread
   * @param listener told the outcome, once, on the call's serial thread
   */
  public IvrSession(
      EntryPoint entry,
      PromptLibrary prompts,
      IvrCall call,
      Timers timers,
      Consumer<IvrOutcome> listener) {
    this.entry = entry;
    this.call = call;
    this.timers = timers;
    this.listener = listener;
    this.player = new IvrPlayer(prompts, call, entry.defaultLanguage());
    this.language = entry.defaultLanguage();
    this.step = step(entry.firstStep());
  }

  /** Answers the caller with the greeting. Called once, on the call's serial thread. */
  public void start() {
    if (phase != Phase.NOT_STARTED) {
      throw new IllegalStateException("the IVR of entry point " + entry.id() + " already started");
    }
    phase = Phase.GREETING;
    player.play(List.of(entry.greeting()), language, () -> enter(entry.firstStep()));
  }

  /**
   * A key the caller pressed: {@code 0}-{@code 9}, {@code *}, {@code #} (others count as invalid).
   * Called on the call's serial thread; ignored once the IVR has ended.
   */
  public void onDigit(char key) {
    switch (phase) {
      case GREETING:
        player.stop();
        stepsPassed++;
        handle(key);
        break;
      case PROMPTING:
        player.stop();
        handle(key);
        break;
      case WAITING:
        cancelTimeout();
        handle(key);
        break;
      default:
        break;
    }
  }

  /** The caller hung up: the IVR ends without an outcome. Called on the call's serial thread. */
  public void onHangup() {
    end(); // also when the IVR was already saying goodbye: no hang-up of a call that is gone
  }

  /** The caller's language so far. */
  public String language() {
    return language;
  }

  /** The attached data gathered so far (a copy). */
  public Map<String, String> attached() {
    return Map.copyOf(attached);
  }

  /** Whether the IVR has ended (outcome given, caller gone, or given up). */
  public boolean ended() {
    return phase == Phase.ENDED;
  }

  private void enter(String stepId) {
    step = step(stepId);
    failures = 0;
    digits.setLength(0);
    if (++stepsPassed > MAX_STEPS) {
      giveUp();
      return;
    }
    playStep(List.of());
  }

  private void playStep(List<String> notice) {
    phase = Phase.PROMPTING;
    List<String> names = new ArrayList<>(notice);
    names.add(step.prompt());
    player.play(names, language, this::awaitKeys);
  }

  private void awaitKeys() {
    phase = Phase.WAITING;
    IvrStep waitingIn = step;
    timeout = timers.schedule(step.timeout(), () -> onTimeout(waitingIn));
  }

  private void handle(char key) {
    if (step.collectInto() != null) {
      collect(key);
    } else {
      choose(key);
    }
  }

  private void choose(char key) {
    String pressed = String.valueOf(key);
    IvrChoice choice = step.choices().get(pressed);
    if (choice != null) {
      choices.put(step.id(), pressed);
      apply(choice);
    } else if (pressed.equals(step.repeatDigit())) {
      playStep(List.of());
    } else {
      fail(PromptNames.INVALID);
    }
  }

  private void collect(char key) {
    if (key == '#') {
      finishCollecting();
    } else if (key >= '0' && key <= '9') {
      digits.append(key);
      if (digits.length() >= step.maxDigits()) {
        finishCollecting();
      } else {
        awaitKeys();
      }
    } else if (String.valueOf(key).equals(step.repeatDigit())) {
      digits.setLength(0);
      playStep(List.of());
    } else {
      fail(PromptNames.INVALID);
    }
  }

  private void finishCollecting() {
    if (digits.length() < step.minDigits()) {
      fail(PromptNames.INVALID);
      return;
    }
    attached.put(Objects.requireNonNull(step.collectInto()), digits.toString());
    digits.setLength(0);
    String next = step.next();
    if (next != null) {
      enter(next);
    } else {
      apply(step.fallback());
    }
  }

  private void onTimeout(IvrStep waitingIn) {
    if (phase != Phase.WAITING || waitingIn != step) {
      return; // a key or a hang-up came first; the cancel raced the timer
    }
    timeout = null;
    if (step.collectInto() != null && digits.length() > 0) {
      finishCollecting();
    } else {
      fail(PromptNames.NO_INPUT);
    }
  }

  private void fail(String notice) {
    digits.setLength(0);
    if (++failures >= step.maxTries()) {
      log.debug(
          "IVR {} step {}: {} failures, taking the fallback", entry.id(), step.id(), failures);
      apply(step.fallback());
    } else {
      playStep(List.of(notice));
    }
  }

  private void apply(IvrChoice choice) {
    if (choice.language() != null) {
      language = choice.language();
    }
    attached.putAll(choice.attach());
    String queue = choice.queue();
    if (queue != null) {
      end();
      listener.accept(new IvrOutcome(queue, language, attached, choices));
    } else {
      enter(Objects.requireNonNull(choice.step()));
    }
  }

  private void giveUp() {
    log.warn(
        "IVR of entry point {} passed {} steps without reaching a queue; hanging up",
        entry.id(),
        MAX_STEPS);
    phase = Phase.ENDED;
    cancelTimeout();
    player.play(List.of(PromptNames.GOODBYE), language, call::hangUp);
  }

  private void end() {
    phase = Phase.ENDED;
    cancelTimeout();
    player.forget();
  }

  private void cancelTimeout() {
    Timers.Timer pending = timeout;
    timeout = null;
    if (pending != null) {
      pending.cancel();
    }
  }

  private IvrStep step(String id) {
    IvrStep found = entry.steps().get(id);
    if (found == null) {
      throw new IllegalStateException("entry point " + entry.id() + " has no IVR step " + id);
    }
    return found;
  }
}
