package org.switchboard.core.agent;

import java.util.concurrent.CompletableFuture;
import org.switchboard.core.Subscription;

/**
 * The agent's session with the contact centre: presence, routing state, offers, queue figures and
 * wrap-up. Implemented by the queue-service client, and by {@link StandaloneAgentSession} when the
 * desktop works as a plain softphone. Methods return at once; the futures complete on the session's
 * thread and fail with {@link AgentSessionException} when the change is refused.
 */
public interface AgentSession {
  /** The state now. */
  AgentSnapshot snapshot();

  /**
   * Changes the agent's presence. While a call or its wrap-up is in progress the change is queued
   * as the next presence and applied when both are over.
   */
  CompletableFuture<Void> changePresence(Presence presence);

  /**
   * Finishes the pending wrap-up with what the agent entered; the agent then takes the queued next
   * presence, or stays as it was. Fails when nothing is pending, the call does not match, or a
   * required field is missing before a timed wrap-up's deadline (at the deadline it ends with
   * whatever was entered).
   */
  CompletableFuture<Void> finishWrapUp(WrapUp wrapUp);

  /** Extends a timed wrap-up by the policy's extension; fails when not allowed. */
  CompletableFuture<Void> extendWrapUp();

  /** Registers a listener for every change. It is called once soon after with the current state. */
  Subscription addListener(AgentListener listener);
}
