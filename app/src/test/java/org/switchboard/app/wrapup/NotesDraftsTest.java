package org.switchboard.app.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallDirection;

class NotesDraftsTest {
  @TempDir Path dir;

  @Test
  void theLatestOfQuickEditsIsWrittenAndReadBackWithItsCallFacts() {
    CallSummary facts =
        new CallSummary(
            CallDirection.OUTBOUND,
            "1024",
            "+4930123",
            Instant.parse("2026-11-23T10:00:00Z"),
            Duration.ofSeconds(61),
            "Billing",
            "hubspot:42");
    try (NotesDrafts drafts = new NotesDrafts(dir)) {
      drafts.save(new Draft("a", null, "h", List.of(), null));
      drafts.save(new Draft("a", "OK", "hello", List.of("vip"), facts));
    }
    List<Draft> loaded = new NotesDrafts(dir).load();
    assertThat(loaded).containsExactly(new Draft("a", "OK", "hello", List.of("vip"), facts));
  }

  @Test
  void anUnreadableDraftIsSkippedAndTheOthersLoad() throws Exception {
    Files.writeString(dir.resolve("broken.json"), "{not json");
    try (NotesDrafts drafts = new NotesDrafts(dir)) {
      drafts.save(Draft.empty("b"));
    }
    assertThat(new NotesDrafts(dir).load()).extracting(Draft::call).containsExactly("b");
  }

  @Test
  void deleteRemovesTheFileAndAHostileCallIdStaysInsideTheDirectory() {
    try (NotesDrafts drafts = new NotesDrafts(dir)) {
      drafts.save(Draft.empty("../../etc/x"));
      drafts.flush();
      assertThat(dir.resolve(".._.._etc_x.json")).exists();
      drafts.delete("../../etc/x");
      drafts.flush();
    }
    assertThat(dir.resolve(".._.._etc_x.json")).doesNotExist();
  }
}
