package org.switchboard.queue.service.calls;

import java.util.function.Consumer;
import org.switchboard.queue.service.centre.ContactCentre;

/**
 * Hands a command to the centre's thread without waiting for it; a command the centre refuses is
 * logged by the implementation (a caller's hang-up racing an offer's expiry, say, is normal).
 */
@FunctionalInterface
public interface CentreCommands {
  /** Runs {@code command} on the centre's thread, later. */
  void later(String what, Consumer<ContactCentre> command);
}
