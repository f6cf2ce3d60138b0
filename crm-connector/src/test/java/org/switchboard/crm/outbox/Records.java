package org.switchboard.crm.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.journal.CallRecord;

/** Call records for tests. */
final class Records {
  private Records() {}

  static CallRecord record(String key) {
    return record(key, "resolved", "refund sent");
  }

  static CallRecord record(String key, String disposition, String notes) {
    return new CallRecord(
        key,
        CallDirection.INBOUND,
        "+4930123456",
        "1020",
        Instant.parse("2026-11-23T09:00:00Z"),
        Duration.ofSeconds(95),
        "billing",
        disposition,
        notes,
        List.of("vip", "refund"),
        URI.create("https://recordings.example/r/" + key),
        "Agent Smith",
        new CustomerId("local", "c-7"));
  }
}
