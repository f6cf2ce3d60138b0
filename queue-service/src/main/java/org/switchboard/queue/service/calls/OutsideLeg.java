package org.switchboard.queue.service.calls;

import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.timing.Timers;

/**
 * A blind transfer of a customer to an outside number, from dialling to its end. Lives on {@code
 * queue-calls}.
 */
final class OutsideLeg {
  final String agent;
  final String target;
  final String uri;
  @Nullable CallId call;
  boolean answered;
  boolean timedOut;
  Timers.@Nullable Timer ringTimer;

  /**
   * @param agent the agent who transferred the customer
   * @param target the number as the agent gave it
   * @param uri the SIP URI dialled for it
   */
  OutsideLeg(String agent, String target, String uri) {
    this.agent = agent;
    this.target = target;
    this.uri = uri;
  }
}
