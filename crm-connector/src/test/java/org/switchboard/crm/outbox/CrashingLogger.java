package org.switchboard.crm.outbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.switchboard.core.journal.CallLogException;
import org.switchboard.core.journal.CallLogWriter;
import org.switchboard.crm.DurableOutbox;

/**
 * Run in its own JVM by {@link OutboxCrashTest}: logs records as fast as it can and prints {@code
 * ack <key>} after each {@code log} returns, until it is killed.
 */
public final class CrashingLogger {
  private CrashingLogger() {}

  public static void main(String[] args) throws Exception {
    CallLogWriter unreachable =
        new CallLogWriter() {
          @Override
          public String name() {
            return "unreachable";
          }

          @Override
          public void write(org.switchboard.core.journal.CallRecord record)
              throws CallLogException {
            throw new CallLogException(true, "unreachable", null, null);
          }
        };
    DurableOutbox outbox =
        DurableOutbox.openWithoutDeliveryThread(
            Path.of(args[0]), unreachable, Clock.systemUTC(), new Random());
    for (int i = 0; ; i++) {
      String key = "call-" + i;
      outbox.log(Records.record(key, "resolved", "notes of " + key + " ".repeat(i % 500)));
      System.out.println("ack " + key);
      System.out.flush();
    }
  }
}
