package org.switchboard.core.call;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.switchboard.core.Subscription;

/**
 * Places and handles calls on one account. Implementations do their work on their own serial {@code
 * sip-events} thread: every method returns at once and never blocks on the network.
 *
 * <p>The futures complete (on the {@code sip-events} thread) when the command has been carried out
 * locally, i.e. the request or response has been sent; what the peer does follows as {@link
 * CallEvent}s. They fail with {@link CallControlException} for an unknown call, a call in the wrong
 * state, or an invalid target.
 */
public interface CallControl {

  /**
   * Starts an outbound call to {@code target}: a number, a user name on the account's domain, or a
   * {@code sip:}/{@code sips:}/{@code tel:} URI.
   *
   * @return the id the call's events will carry; the future fails for an invalid target
   */
  CompletableFuture<CallId> dial(String target);

  /**
   * Starts a call like {@link #dial(String)} whose INVITE also carries {@code headers}: application
   * headers named {@code X-...} (the queue service puts the interaction id in one, so the agent's
   * desktop matches the ringing call to the offer it shows). Fails with {@link
   * CallControlException} naming the header when a name or value is not allowed, and when the
   * account cannot add headers.
   */
  default CompletableFuture<CallId> dial(String target, Map<String, String> headers) {
    if (headers.isEmpty()) {
      return dial(target);
    }
    return CompletableFuture.failedFuture(
        new CallControlException("extra INVITE headers are not supported by this account"));
  }

  /** Answers a ringing inbound call. */
  CompletableFuture<Void> answer(CallId call);

  /**
   * Rejects a ringing inbound call (486 Busy Here by default, 603 Decline when {@code decline}).
   */
  CompletableFuture<Void> reject(CallId call, boolean decline);

  /** Ends a call in any state: BYE when established, CANCEL when dialling, reject when ringing. */
  CompletableFuture<Void> hangup(CallId call);

  /** Puts an established call on hold. */
  CompletableFuture<Void> hold(CallId call);

  /** Takes a held call off hold. */
  CompletableFuture<Void> resume(CallId call);

  /**
   * Blind transfer of an established call to {@code target} (same forms as {@link #dial}). {@link
   * CallEvent.TransferProgress} events report the target's answers. When the transfer fails after
   * it was sent (the peer refuses it, the target answers 300 or more, or no outcome comes in time:
   * {@link CallEvent.TransferFailed}), the call stays with the agent and the implementation takes
   * it off hold if this side held it; the caller need not resume it.
   */
  CompletableFuture<Void> transfer(CallId call, String target);

  /** Sends DTMF digits ({@code 0-9 * # A-D}) on an established call. */
  CompletableFuture<Void> sendDtmf(CallId call, String digits);

  /**
   * Mutes or unmutes this side's microphone on a call: while muted the peer hears silence. The
   * default refuses, for implementations that cannot mute.
   */
  default CompletableFuture<Void> mute(CallId call, boolean muted) {
    return CompletableFuture.failedFuture(
        new CallControlException("muting is not supported by this account"));
  }

  /**
   * Attended (consult) transfer: joins the peer of {@code call} to the peer of {@code consult}
   * (REFER with Replaces) and leaves both. {@link CallEvent.TransferProgress} events on {@code
   * call} report the outcome; on failure both calls stay with the agent. The default refuses.
   */
  default CompletableFuture<Void> attendedTransfer(CallId call, CallId consult) {
    return CompletableFuture.failedFuture(
        new CallControlException("attended transfer is not supported by this account"));
  }

  /**
   * Joins two established calls into a three-way conference mixed on this side; both calls are
   * resumed. {@link CallEvent.Conferenced} follows. The default refuses.
   */
  default CompletableFuture<Void> conference(CallId first, CallId second) {
    return CompletableFuture.failedFuture(
        new CallControlException("conference calls are not supported by this account"));
  }

  /**
   * Consult transfers a service carries out on the agent's own call (the queue service's), for the
   * calls it {@link HostedConsults#hosts hosts}; empty when a consult holds the call and dials a
   * second one, which is the default.
   */
  default Optional<HostedConsults> hostedConsults() {
    return Optional.empty();
  }

  /** Registers a listener for every call's events. */
  Subscription addCallListener(CallListener listener);
}
