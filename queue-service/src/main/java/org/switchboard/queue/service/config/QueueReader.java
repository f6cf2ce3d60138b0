package org.switchboard.queue.service.config;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.ServiceLevel;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.definitions.WrapUpPolicy;
import org.switchboard.queue.service.routing.Strategy;

/** Reads one entry of the {@code queues} section into a {@link QueueDefinition}. */
final class QueueReader {
  static final Duration DEFAULT_OFFER_TIMEOUT = Duration.ofSeconds(15);
  static final Duration DEFAULT_SERVICE_LEVEL = Duration.ofSeconds(20);
  static final Duration DEFAULT_WRAP_UP_TIME = Duration.ofSeconds(30);
  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration HOUR = Duration.ofHours(1);

  private final QueueReferences references;
  private final Map<String, Located> overflows;

  /**
   * @param references gets every queue a queue names (its overflow)
   * @param overflows gets each queue's overflow, for the cycle check
   */
  QueueReader(QueueReferences references, Map<String, Located> overflows) {
    this.references = references;
    this.overflows = overflows;
  }

  /** The queue {@code id} that {@code queue} defines, or null when it has problems. */
  @Nullable QueueDefinition read(String id, Section queue) {
    int before = problemCount(queue);
    String name = queue.text("name", id);
    Strategy strategy = queue.choice("strategy", Strategy.class, Strategy.LONGEST_IDLE);
    Duration widenEvery = queue.duration("widenEvery", Duration.ZERO, Duration.ZERO, DAY);
    Map<String, Integer> skills = Skills.read(queue, "requiredSkills");
    Duration offerTimeout =
        queue.duration("offerTimeout", DEFAULT_OFFER_TIMEOUT, Duration.ofSeconds(1), HOUR);
    Duration maxWait = queue.duration("maxWait", Duration.ZERO, Duration.ZERO, DAY);
    String overflow = overflowQueue(id, queue, maxWait);
    Duration announceEvery = queue.duration("announceEvery", Duration.ZERO, Duration.ZERO, HOUR);
    String music = queue.text("music", "default");
    String callbackDigit = Digits.optionalDigit(queue, "callbackDigit");
    ServiceLevel serviceLevel = serviceLevel(queue.section("serviceLevel"));
    WrapUpPolicy wrapUp = wrapUp(queue.section("wrapUp"));
    queue.finish();
    if (problemCount(queue) != before || serviceLevel == null || wrapUp == null) {
      return null;
    }
    return new QueueDefinition(
        id,
        name,
        strategy,
        widenEvery,
        skills,
        offerTimeout,
        maxWait,
        overflow,
        announceEvery,
        music,
        callbackDigit,
        serviceLevel,
        wrapUp);
  }

  private @Nullable String overflowQueue(String id, Section queue, Duration maxWait) {
    String overflow = queue.optionalText("overflowQueue");
    if (overflow == null) {
      return null;
    }
    if (overflow.equals(id)) {
      queue.problem("overflowQueue", "a queue cannot overflow to itself");
      return null;
    }
    if (maxWait.isZero()) {
      queue.problem("overflowQueue", "needs 'maxWait' above zero, after which callers overflow");
    }
    Located located =
        new Located(overflow, queue.where("overflowQueue"), queue.pathOf("overflowQueue"));
    references.add(overflow, located.at(), located.path());
    overflows.put(id, located);
    return overflow;
  }

  private static @Nullable ServiceLevel serviceLevel(@Nullable Section level) {
    if (level == null) {
      return null;
    }
    Duration threshold =
        level.duration("threshold", DEFAULT_SERVICE_LEVEL, Duration.ofSeconds(1), HOUR);
    Duration shortAbandon = level.duration("shortAbandon", Duration.ZERO, Duration.ZERO, HOUR);
    level.finish();
    return new ServiceLevel(threshold, shortAbandon);
  }

  private static @Nullable WrapUpPolicy wrapUp(@Nullable Section wrapUp) {
    if (wrapUp == null) {
      return null;
    }
    WrapUpMode mode = wrapUp.choice("mode", WrapUpMode.class, WrapUpMode.OPTIONAL);
    boolean timed = mode == WrapUpMode.TIMED || mode == WrapUpMode.TIMED_NO_EARLY_EXIT;
    Duration time =
        wrapUp.duration("time", timed ? DEFAULT_WRAP_UP_TIME : Duration.ZERO, Duration.ZERO, HOUR);
    if (timed && time.isZero()) {
      wrapUp.problem("time", "a timed wrap-up needs a time above zero");
      time = DEFAULT_WRAP_UP_TIME;
    }
    boolean autoReady = wrapUp.bool("autoReady", true);
    wrapUp.finish();
    return new WrapUpPolicy(mode, time, autoReady);
  }

  private static int problemCount(Section section) {
    return section.problems().count();
  }
}
