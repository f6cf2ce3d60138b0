package org.switchboard.crm.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.crm.outbox.Records.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.core.journal.JournalEntry;
import org.switchboard.crm.DurableOutbox;
import org.switchboard.testkit.ManualClock;

class DurableOutboxTest {
  @TempDir Path dir;
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final RecordingWriter crm = new RecordingWriter();

  private DurableOutbox open() throws Exception {
    return DurableOutbox.openWithoutDeliveryThread(dir, crm, clock, new Random(42));
  }

  @Test
  void aLoggedRecordIsOnDiskWithEveryFieldBeforeDelivery() throws Exception {
    open().log(record("call-1"));

    List<JournalEntry> reopened = open().undelivered();

    assertThat(reopened).hasSize(1);
    assertThat(reopened.get(0).record()).isEqualTo(record("call-1"));
    assertThat(reopened.get(0).state()).isEqualTo(JournalEntry.State.PENDING);
    assertThat(crm.attempts).isEmpty();
  }

  @Test
  void deliveryRemovesTheEntryFromDisk() throws Exception {
    DurableOutbox outbox = open();
    outbox.log(record("call-1"));

    assertThat(outbox.deliverDue()).isEqualTo(1);

    assertThat(crm.delivered).containsExactly(record("call-1"));
    assertThat(outbox.undelivered()).isEmpty();
    assertThat(open().undelivered()).isEmpty();
  }

  @Test
  void aTenMinuteOutageLosesNothingAndDeliversEachRecordOnce() throws Exception {
    DurableOutbox outbox = open();
    Instant outageEnds = clock.instant().plus(Duration.ofMinutes(10));
    crm.down = r -> clock.instant().isBefore(outageEnds);
    List<Instant> attemptTimes = new ArrayList<>();
    outbox.onChange(entries -> attemptTimes.add(clock.instant()));
    for (int i = 0; i < 20; i++) {
      outbox.log(record("call-" + i));
      clock.advance(Duration.ofSeconds(7));
      outbox.deliverDue();
    }

    for (int second = 0; second < 30 * 60; second++) {
      clock.advance(Duration.ofSeconds(1));
      outbox.deliverDue();
    }

    for (int i = 0; i < 20; i++) {
      assertThat(crm.deliveredCount("call-" + i)).as("call-" + i).isEqualTo(1);
    }
    assertThat(outbox.undelivered()).isEmpty();
    long attemptsOnFirst = crm.attempts.stream().filter("call-0"::equals).count();
    // 5 s doubling with equal jitter covers 10 minutes in about 8 attempts, not one a second.
    assertThat(attemptsOnFirst).isBetween(5L, 12L);
  }

  @Test
  void backoffGrowsBetweenAttemptsAndStaysUnderTheCap() throws Exception {
    DurableOutbox outbox = open();
    crm.down = r -> true;
    outbox.log(record("call-1"));
    List<Instant> attempts = new ArrayList<>();
    for (int second = 0; second < 3 * 3600; second++) {
      int before = crm.attempts.size();
      outbox.deliverDue();
      if (crm.attempts.size() > before) {
        attempts.add(clock.instant());
      }
      clock.advance(Duration.ofSeconds(1));
    }

    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < attempts.size(); i++) {
      gaps.add(Duration.between(attempts.get(i - 1), attempts.get(i)));
    }
    assertThat(gaps.get(0)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
    assertThat(gaps.get(4)).isGreaterThan(gaps.get(0));
    assertThat(gaps)
        .allSatisfy(
            gap -> assertThat(gap).isLessThanOrEqualTo(Duration.ofMinutes(10).plusSeconds(1)));
    assertThat(gaps.subList(gaps.size() - 3, gaps.size()))
        .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMinutes(5)));
  }

  @Test
  void aRetryAfterIsNeverAnsweredEarly() throws Exception {
    DurableOutbox outbox = open();
    crm.down = r -> true;
    crm.retryAfter = Duration.ofMinutes(3);
    outbox.log(record("call-1"));
    outbox.deliverDue();
    crm.down = r -> false;

    clock.advance(Duration.ofMinutes(3).minusSeconds(1));
    outbox.deliverDue();
    assertThat(crm.delivered).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    outbox.deliverDue();
    assertThat(crm.delivered).hasSize(1);
    assertThat(outbox.undelivered()).isEmpty();
  }

  @Test
  void aRefusalIsParkedAsFailedWithTheReasonUntilTheAgentRetries() throws Exception {
    DurableOutbox outbox = open();
    crm.down = r -> true;
    crm.retryable = false;
    outbox.log(record("call-1"));
    outbox.deliverDue();
    clock.advance(Duration.ofHours(2));
    outbox.deliverDue();

    JournalEntry failed = outbox.undelivered().get(0);
    assertThat(failed.state()).isEqualTo(JournalEntry.State.FAILED);
    assertThat(failed.lastError()).isEqualTo("test-crm answered 400");
    assertThat(failed.nextAttempt()).isNull();
    assertThat(crm.attempts).hasSize(1);
    assertThat(open().undelivered().get(0).state()).isEqualTo(JournalEntry.State.FAILED);

    crm.down = r -> false;
    outbox.retryNow("call-1");
    outbox.deliverDue();
    assertThat(crm.delivered).hasSize(1);
    assertThat(outbox.undelivered()).isEmpty();
  }

  @Test
  void onlyFailedEntriesCanBeDiscarded() throws Exception {
    DurableOutbox outbox = open();
    crm.down = r -> r.key().equals("call-1");
    crm.retryable = false;
    outbox.log(record("call-1"));
    outbox.deliverDue();
    crm.retryable = true;
    crm.down = r -> true;
    outbox.log(record("call-2"));

    outbox.discard("call-2");
    outbox.discard("call-1");
    outbox.discard("no-such-call");

    assertThat(outbox.undelivered()).extracting(e -> e.record().key()).containsExactly("call-2");
    assertThat(open().undelivered()).hasSize(1);
  }

  @Test
  void pendingEntriesComeFirstOldestFirst() throws Exception {
    DurableOutbox outbox = open();
    crm.down = r -> r.key().equals("old-failed");
    crm.retryable = false;
    outbox.log(record("old-failed"));
    outbox.deliverDue();
    crm.down = r -> true;
    crm.retryable = true;
    clock.advance(Duration.ofSeconds(1));
    outbox.log(record("b"));
    clock.advance(Duration.ofSeconds(1));
    outbox.log(record("a"));

    assertThat(outbox.undelivered())
        .extracting(e -> e.record().key())
        .containsExactly("b", "a", "old-failed");
  }

  @Test
  void loggingAKeyAgainWhilePendingReplacesItAndDeliversOnce() throws Exception {
    DurableOutbox outbox = open();
    outbox.log(record("call-1", "callback", "first notes"));
    outbox.log(record("call-1", "resolved", "edited notes"));

    outbox.deliverDue();

    assertThat(crm.delivered).containsExactly(record("call-1", "resolved", "edited notes"));
  }

  @Test
  void loggingAKeyAgainAfterDeliverySendsItAgainUnderTheSameKey() throws Exception {
    DurableOutbox outbox = open();
    outbox.log(record("call-1", "callback", "first"));
    outbox.deliverDue();
    outbox.log(record("call-1", "resolved", "second"));
    outbox.deliverDue();

    assertThat(crm.delivered).extracting(CallRecord::key).containsExactly("call-1", "call-1");
  }

  @Test
  void aWriterThatThrowsABugIsRetriedAndDoesNotStopDelivery() throws Exception {
    DurableOutbox outbox = open();
    crm.bug = new IllegalStateException("NPE in connector");
    outbox.log(record("call-1"));
    outbox.deliverDue();

    assertThat(outbox.undelivered().get(0).lastError())
        .isEqualTo("test-crm failed (IllegalStateException)");

    crm.bug = null;
    clock.advance(Duration.ofMinutes(1));
    outbox.deliverDue();
    assertThat(crm.delivered).hasSize(1);
  }

  @Test
  void listenersHearEveryChangeAndOneThatThrowsDoesNotStopTheOthers() throws Exception {
    DurableOutbox outbox = open();
    List<Integer> sizes = new ArrayList<>();
    outbox.onChange(
        entries -> {
          throw new IllegalStateException("broken view");
        });
    outbox.onChange(entries -> sizes.add(entries.size()));

    outbox.log(record("call-1"));
    outbox.deliverDue();

    assertThat(sizes).containsExactly(1, 0);
  }

  @Test
  void tornWritesAreCleanedAndUnreadableEntriesSetAsideWithoutLosingTheRest() throws Exception {
    DurableOutbox outbox = open();
    outbox.log(record("good"));
    Files.writeString(dir.resolve("0123.json.tmp-crashed"), "{\"format\":1,\"rec");
    Files.writeString(dir.resolve("ffff.json"), "{ not json");

    DurableOutbox reopened = open();

    assertThat(reopened.undelivered()).extracting(e -> e.record().key()).containsExactly("good");
    assertThat(dir.resolve("0123.json.tmp-crashed")).doesNotExist();
    assertThat(dir.resolve("corrupt").resolve("ffff.json")).exists();
  }

  @Test
  void anOutboxDirectoryThatCannotBeCreatedIsNamedInTheError() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                DurableOutbox.openWithoutDeliveryThread(
                    file.resolve("outbox"), crm, clock, new Random()))
        .hasMessageContaining("cannot open the call-log outbox in " + file.resolve("outbox"));
  }

  @Test
  void theDeliveryThreadDeliversWithoutBeingAsked() throws Exception {
    try (DurableOutbox outbox = DurableOutbox.open(dir, crm, Clock.systemUTC())) {
      outbox.log(record("call-1"));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (crm.delivered.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(crm.delivered).hasSize(1);
      assertThat(Thread.getAllStackTraces().keySet())
          .extracting(Thread::getName)
          .contains("crm-outbox");
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
