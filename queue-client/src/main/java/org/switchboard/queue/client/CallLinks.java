package org.switchboard.queue.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.agent.StandaloneAgentSession;
import org.switchboard.core.call.CallId;

/**
 * Which SIP call carries which queue interaction, learnt from the interaction header of the
 * service's INVITEs ({@link StandaloneAgentSession#INTERACTION_HEADER}). Remembers the most recent
 * {@value #MAX_LINKS} links, so a link outlives its call long enough for the wrap-up after it and
 * the map never grows without bound.
 *
 * <p>Thread-safe (its methods are synchronized): links are made on {@code agent-events}, looked up
 * from any thread when the agent transfers a call.
 */
final class CallLinks {
  static final int MAX_LINKS = 32;

  private final Map<String, CallId> byInteraction =
      new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CallId> eldest) {
          return size() > MAX_LINKS;
        }
      };

  /** Remembers that {@code call} carries {@code interaction}. */
  synchronized void link(String interaction, CallId call) {
    byInteraction.remove(interaction);
    byInteraction.put(interaction, call);
  }

  /** The SIP call carrying {@code interaction}, or null before its INVITE has arrived. */
  synchronized @Nullable CallId call(String interaction) {
    return byInteraction.get(interaction);
  }

  /** The interaction {@code call} carries, or null when it is not a call of the service. */
  synchronized @Nullable String interaction(CallId call) {
    for (Map.Entry<String, CallId> link : byInteraction.entrySet()) {
      if (link.getValue().equals(call)) {
        return link.getKey();
      }
    }
    return null;
  }

  /** The interaction an INVITE's headers name (header names compared ignoring case), or null. */
  static @Nullable String interactionOf(Map<String, String> headers) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (h.getKey().equalsIgnoreCase(StandaloneAgentSession.INTERACTION_HEADER)) {
        String value = h.getValue().trim();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }
}
