package org.switchboard.queue.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;

/**
 * Consult transfers of the queue service's calls, carried out by the service on the agent's own
 * call: the customer hears music while the agent talks to the target, then the service hands the
 * customer over or brings them back. A call is hosted when it carries an interaction ({@link
 * QueueAgentSession#interactionOf}). Futures complete, and listeners are told, on the session's
 * {@code agent-events} thread.
 */
final class QueueConsults implements HostedConsults {
  private final QueueAgentSession session;

  QueueConsults(QueueAgentSession session) {
    this.session = session;
  }

  @Override
  public boolean hosts(CallId call) {
    return session.interactionOf(call).isPresent();
  }

  @Override
  public CompletableFuture<Void> consult(CallId call, String target) {
    return onInteraction(call, interaction -> session.consult(interaction, target));
  }

  @Override
  public CompletableFuture<Void> complete(CallId call) {
    return onInteraction(call, session::completeConsult);
  }

  @Override
  public CompletableFuture<Void> cancel(CallId call) {
    return onInteraction(call, session::cancelConsult);
  }

  @Override
  public Subscription addListener(Listener listener) {
    return session.addConsultListener(listener);
  }

  private CompletableFuture<Void> onInteraction(
      CallId call, Function<String, CompletableFuture<Void>> command) {
    return session
        .interactionOf(call)
        .map(command)
        .orElseGet(
            () ->
                CompletableFuture.failedFuture(
                    new CallControlException("call " + call + " is not a queue service call")));
  }
}
