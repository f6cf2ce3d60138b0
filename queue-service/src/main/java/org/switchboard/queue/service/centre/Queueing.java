package org.switchboard.queue.service.centre;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.QueueDefinition;

/**
 * Putting calls in queues: the skills a call needs there, the maximum-wait timer, and overflow.
 * Centre thread only.
 */
final class Queueing {
  private final CentreCore core;

  Queueing(CentreCore core) {
    this.core = core;
  }

  /**
   * The skills a call needs in {@code queue}: the queue's, the call's own, and {@code
   * language:<lang>} at level 1 when the caller could choose a language (their entry point offers
   * more than one), since only then can the language tell agents apart. Where two name the same
   * skill the higher level wins.
   */
  Map<String, Integer> requires(NewCall call, QueueDefinition queue) {
    Map<String, Integer> needs = new HashMap<>(queue.requiredSkills());
    call.skills().forEach((skill, level) -> needs.merge(skill, level, Math::max));
    String language = call.language();
    String entry = call.entryPoint();
    if (language != null && entry != null && multilingual(entry)) {
      needs.merge("language:" + language, 1, Math::max);
    }
    return needs;
  }

  private boolean multilingual(String entryPoint) {
    EntryPoint entry = core.definition().entryPoints().get(entryPoint);
    return entry != null && entry.languages().size() > 1;
  }

  /**
   * Puts the interaction's routed leg (its main leg, or its consult leg) in that leg's queue. A
   * main leg gets the queue's maximum-wait timer.
   */
  void enqueue(LiveInteraction interaction) {
    LiveLeg leg = interaction.routedLeg();
    QueueDefinition queue = core.queue(leg.queue);
    interaction.requires = requires(interaction.call, queue);
    core.router.enqueue(interaction.waitingCall());
    core.touch(leg.queue);
    scheduleWidening(interaction, leg);
    if (leg == interaction.main && !queue.maxWait().isZero() && queue.overflowQueue() != null) {
      cancelMaxWait(interaction);
      interaction.overdue = false;
      interaction.maxWaitTimer =
          core.schedule(queue.maxWait(), () -> maxWaitReached(interaction, leg));
    }
  }

  /**
   * Routes the leg's queue again when the leg's wait reaches the next multiple of the queue's
   * {@code widenEvery}, where agents of one more penalty level become eligible: without it a call
   * waiting while only such agents are free would wait until something else touched the queue.
   * Repeats while the leg waits in that queue; a new enqueue replaces the chain.
   */
  private void scheduleWidening(LiveInteraction interaction, LiveLeg leg) {
    if (interaction.wideningTimer != null) {
      interaction.wideningTimer.cancel();
      interaction.wideningTimer = null;
    }
    Duration every = core.queue(leg.queue).widenEvery();
    Instant since = leg.enqueued;
    if (every.isZero()) {
      return;
    }
    long waited = Math.max(0, Duration.between(since, core.now()).toMillis());
    Duration untilNext = Duration.ofMillis(every.toMillis() - waited % every.toMillis());
    String queue = leg.queue;
    interaction.wideningTimer =
        core.schedule(
            untilNext,
            () -> {
              interaction.wideningTimer = null;
              if (interaction.routedLeg() == leg && leg.answered == null && leg.ended == null) {
                core.touch(queue);
                scheduleWidening(interaction, leg);
              }
            });
  }

  void cancelMaxWait(LiveInteraction interaction) {
    if (interaction.maxWaitTimer != null) {
      interaction.maxWaitTimer.cancel();
      interaction.maxWaitTimer = null;
    }
  }

  private void maxWaitReached(LiveInteraction interaction, LiveLeg leg) {
    interaction.maxWaitTimer = null;
    if (interaction.main != leg || leg.answered != null || leg.ended != null) {
      return;
    }
    if (interaction.status == InteractionStatus.OFFERED) {
      interaction.overdue = true;
    } else if (interaction.status == InteractionStatus.WAITING) {
      overflow(interaction);
    }
  }

  /** The call is back in its queue after an offer: overflow now if its maximum wait passed. */
  void backInQueue(LiveInteraction interaction) {
    if (interaction.overdue && interaction.routedLeg() == interaction.main) {
      overflow(interaction);
    }
  }

  /** Moves a waiting call to its queue's overflow queue, with a new leg; data and notes stay. */
  private void overflow(LiveInteraction interaction) {
    LiveLeg from = interaction.main;
    String target = core.queue(from.queue).overflowQueue();
    if (target == null) {
      return;
    }
    core.router.abandon(interaction.id());
    from.end(core.now(), LegOutcome.OVERFLOWED);
    LiveLeg next = new LiveLeg(target, false, false, core.now());
    interaction.legs.add(next);
    interaction.main = next;
    interaction.status = InteractionStatus.WAITING;
    enqueue(interaction);
    core.changed(interaction);
  }
}
