package org.switchboard.crm.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.journal.JournalEntry;
import org.switchboard.crm.DurableOutbox;
import org.switchboard.testkit.ManualClock;

/**
 * A real crash: another JVM logs records and is killed with SIGKILL mid-stream. Every record whose
 * {@code log} returned must be there after reopening, and each is delivered exactly once.
 */
class OutboxCrashTest {
  private static final int ACKS_BEFORE_KILL = 300;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedRecordSurvivesAKillAndIsDeliveredOnce() throws Exception {
    Set<String> acknowledged = runAndKill();

    ManualClock clock = new ManualClock(Instant.now());
    RecordingWriter crm = new RecordingWriter();
    DurableOutbox reopened =
        DurableOutbox.openWithoutDeliveryThread(dir, crm, clock, new Random(1));
    List<JournalEntry> survived = reopened.undelivered();
    Set<String> survivedKeys = new HashSet<>();
    survived.forEach(e -> survivedKeys.add(e.record().key()));

    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    assertThat(survivedKeys).containsAll(acknowledged);
    // At most the one record being written when the JVM died may also have made it to disk.
    assertThat(survivedKeys.size()).isLessThanOrEqualTo(acknowledged.size() + 1);
    survived.forEach(
        e -> assertThat(e.record().notes()).startsWith("notes of " + e.record().key()));

    reopened.deliverDue();
    reopened.deliverDue();
    for (String key : survivedKeys) {
      assertThat(crm.deliveredCount(key)).as(key).isEqualTo(1);
    }
    assertThat(reopened.undelivered()).isEmpty();
  }

  private Set<String> runAndKill() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashingLogger.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Set<String> acknowledged = new HashSet<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ack ")) {
          acknowledged.add(line.substring(4));
        }
        if (acknowledged.size() == ACKS_BEFORE_KILL) {
          // SIGKILL through the handle (Process.destroyForcibly would also close our pipe): no
          // shutdown hooks, no flushing, most likely in the middle of writing the next record.
          child.toHandle().destroyForcibly();
          break;
        }
      }
      // Acks already written to the pipe before the kill also count.
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ack ")) {
          acknowledged.add(line.substring(4));
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child JVM stopped").isTrue();
    }
    return acknowledged;
  }
}
