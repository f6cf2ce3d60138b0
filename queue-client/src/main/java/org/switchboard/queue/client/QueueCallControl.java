package org.switchboard.queue.client;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.HostedConsults;

/**
 * The desktop's phone in queue mode: everything goes to the softphone, except transfers of a call
 * the queue service placed, which go through the service (so the customer keeps the interaction,
 * its data and notes, and is routed as the service decides): a blind transfer instead of a SIP
 * REFER the service would not act on, and a consult as the service's own ({@link
 * #hostedConsults()}) instead of a second call and a REFER with Replaces.
 *
 * <p>Threads as the softphone's; a transfer's future completes on the session's thread.
 */
public final class QueueCallControl implements CallControl {
  private final CallControl phone;
  private final QueueAgentSession session;
  private final QueueConsults consults;

  public QueueCallControl(CallControl phone, QueueAgentSession session) {
    this.phone = phone;
    this.session = session;
    this.consults = new QueueConsults(session);
  }

  /** Consult transfers of the service's calls go through the service ({@link QueueConsults}). */
  @Override
  public Optional<HostedConsults> hostedConsults() {
    return Optional.of(consults);
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    Optional<String> interaction = session.interactionOf(call);
    return interaction.isPresent()
        ? session.transfer(interaction.get(), target)
        : phone.transfer(call, target);
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    return phone.dial(target);
  }

  @Override
  public CompletableFuture<CallId> dial(String target, Map<String, String> headers) {
    return phone.dial(target, headers);
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return phone.answer(call);
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return phone.reject(call, decline);
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return phone.hangup(call);
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return phone.hold(call);
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return phone.resume(call);
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return phone.sendDtmf(call, digits);
  }

  @Override
  public CompletableFuture<Void> mute(CallId call, boolean muted) {
    return phone.mute(call, muted);
  }

  @Override
  public CompletableFuture<Void> attendedTransfer(CallId call, CallId consult) {
    return phone.attendedTransfer(call, consult);
  }

  @Override
  public CompletableFuture<Void> conference(CallId first, CallId second) {
    return phone.conference(first, second);
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    return phone.addCallListener(listener);
  }
}
