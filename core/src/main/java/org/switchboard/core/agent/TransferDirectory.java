package org.switchboard.core.agent;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The agents, queues and numbers a call may be transferred to. Implemented by the queue-service
 * client and, without one, by a list from the settings.
 */
public interface TransferDirectory {
  /**
   * The targets whose name or address contains {@code text} (case-insensitive; all when blank),
   * agents and queues first. Completes on the directory's own thread, never the caller's.
   */
  CompletableFuture<List<TransferTarget>> search(String text);
}
