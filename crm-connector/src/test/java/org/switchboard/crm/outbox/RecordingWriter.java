package org.switchboard.crm.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.core.journal.CallRecord;

/** A CRM stand-in: records every attempt and fails while told to. */
final class RecordingWriter implements CallLogWriter {
  final List<CallRecord> delivered = new CopyOnWriteArrayList<>();
  final List<String> attempts = new CopyOnWriteArrayList<>();
  volatile Predicate<CallRecord> down = r -> false;
  volatile boolean retryable = true;
  volatile @Nullable Duration retryAfter;
  volatile @Nullable RuntimeException bug;

  @Override
  public String name() {
    return "test-crm";
  }

  @Override
  public void write(CallRecord record) throws CallLogException {
    attempts.add(record.key());
    RuntimeException thrown = bug;
    if (thrown != null) {
      throw thrown;
    }
    if (down.test(record)) {
      throw new CallLogException(
          retryable,
          retryable ? "test-crm answered 503" : "test-crm answered 400",
          retryAfter,
          null);
    }
    delivered.add(record);
  }

  long deliveredCount(String key) {
    return delivered.stream().filter(r -> r.key().equals(key)).count();
  }
}
