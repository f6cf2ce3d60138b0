package org.switchboard.queue.service.calls;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.switchboard.core.call.CallId;

/** Places the call that rings an agent's phone for an offer. */
@FunctionalInterface
interface AgentDialler {
  /**
   * Dials {@code target} with {@code headers}, presenting the customer's number {@code ani} as the
   * caller where the SIP side can (untrusted text: an unusable one is left out).
   */
  CompletableFuture<CallId> dial(String target, Map<String, String> headers, String ani);
}
