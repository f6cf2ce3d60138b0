package org.switchboard.app.history;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;

/** History entries for tests. */
final class SampleHistory {
  static final Instant T0 = Instant.parse("2025-03-14T09:05:00Z");

  private SampleHistory() {}

  static HistoryEntry entry(String id, HistoryEntry.Kind kind, @Nullable String number) {
    Instant started = T0.plus(Duration.ofMinutes(Long.parseLong(id.replaceAll("\\D", "0"))));
    boolean answered = kind != HistoryEntry.Kind.MISSED;
    return new HistoryEntry(
        new CallId(id),
        kind,
        number == null ? "sip:anonymous@anonymous.invalid" : "sip:" + number + "@pbx.example.com",
        "Ann",
        number,
        started,
        answered ? started.plusSeconds(5) : null,
        started.plusSeconds(70),
        answered ? EndReason.REMOTE_HANGUP : EndReason.CALLER_CANCELLED,
        null);
  }
}
