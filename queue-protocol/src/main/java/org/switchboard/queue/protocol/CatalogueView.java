package org.switchboard.queue.protocol;

import java.util.List;
import java.util.Objects;

/**
 * What the configuration offers clients: queues with their wrap-up rules, reason codes and
 * dispositions. Part of every snapshot; changes with a configuration reload.
 *
 * @param queues the queues
 * @param reasonCodes not-ready reasons
 * @param dispositions wrap-up outcomes
 */
public record CatalogueView(
    List<QueueInfo> queues, List<ReasonInfo> reasonCodes, List<DispositionInfo> dispositions) {
  public CatalogueView {
    queues = List.copyOf(queues);
    reasonCodes = List.copyOf(reasonCodes);
    dispositions = List.copyOf(dispositions);
  }

  /**
   * A queue as clients see it.
   *
   * @param id its id
   * @param name its display name
   * @param wrapUpMode optional, mandatory, timed or timed_no_early_exit
   * @param wrapUpSeconds the time of a timed wrap-up
   * @param serviceLevelSeconds its service level threshold
   */
  public record QueueInfo(
      String id, String name, String wrapUpMode, long wrapUpSeconds, long serviceLevelSeconds) {
    public QueueInfo {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(wrapUpMode, "wrapUpMode");
    }
  }

  /**
   * A not-ready reason.
   *
   * @param code what clients send
   * @param label what people see
   */
  public record ReasonInfo(String code, String label) {}

  /**
   * A disposition.
   *
   * @param code what clients send
   * @param label what people see
   * @param queues the queues it applies to; empty for all
   */
  public record DispositionInfo(String code, String label, List<String> queues) {
    public DispositionInfo {
      queues = List.copyOf(queues);
    }
  }
}
