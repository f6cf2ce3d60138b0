package org.switchboard.queue.service.calls;

import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.timing.Timers;

/**
 * A transfer of a customer to an outside number, blind or consult, from dialling to its end. Lives
 * on {@code queue-calls}.
 */
final class OutsideLeg {
  final String agent;
  final String target;
  final String uri;
  final boolean consult;
  @Nullable CallId call;
  boolean answered;
  boolean timedOut;
  Timers.@Nullable Timer ringTimer;

  /**
   * @param agent the agent who transferred the customer
   * @param target the number as the agent gave it
   * @param uri the SIP URI dialled for it
   * @param consult a consult transfer's leg (the agent talks to the number first) or a blind one
   */
  OutsideLeg(String agent, String target, String uri, boolean consult) {
    this.agent = agent;
    this.target = target;
    this.uri = uri;
    this.consult = consult;
  }
}
