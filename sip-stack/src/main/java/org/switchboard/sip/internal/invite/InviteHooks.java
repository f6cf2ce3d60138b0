package org.switchboard.sip.internal.invite;

import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Extensions (session timers, RFC 4028) that add headers to the INVITE exchanges of this package
 * and read the peer's. Every method is called on {@code sip-events} and must not send anything
 * itself. The no-op {@link #NONE} is used until an agent wires its own.
 */
public interface InviteHooks {
  /** Adds headers to a new outbound INVITE of ours, before it is first sent. */
  void onOutgoingInvite(Call call, Request invite);

  /** Adds headers to a re-INVITE of ours (hold, resume, session refresh). */
  void onOutgoingReInvite(Call call, Request reInvite);

  /** A 2xx to our INVITE or re-INVITE, before {@code Answered} is fired. */
  void onInviteSucceeded(Call call, Response ok);

  /**
   * A failure of our INVITE: returns whether {@code retry} (a copy of the INVITE with the next
   * CSeq) was changed so that it should be sent instead of ending the call (422 with Min-SE).
   */
  boolean adjustRetry(Call call, Response failure, Request retry);

  /** Adds headers to the 2xx we send to the peer's INVITE or re-INVITE. */
  void onAnswering(Call call, Request invite, Response ok);

  /** Does nothing. */
  InviteHooks NONE =
      new InviteHooks() {
        @Override
        public void onOutgoingInvite(Call call, Request invite) {}

        @Override
        public void onOutgoingReInvite(Call call, Request reInvite) {}

        @Override
        public void onInviteSucceeded(Call call, Response ok) {}

        @Override
        public boolean adjustRetry(Call call, Response failure, Request retry) {
          return false;
        }

        @Override
        public void onAnswering(Call call, Request invite, Response ok) {}
      };

  /** A slot that forwards to hooks set after the call handlers were built. */
  final class Slot implements InviteHooks {
    private InviteHooks target = NONE;

    public void set(InviteHooks hooks) {
      target = hooks;
    }

    @Override
    public void onOutgoingInvite(Call call, Request invite) {
      target.onOutgoingInvite(call, invite);
    }

    @Override
    public void onOutgoingReInvite(Call call, Request reInvite) {
      target.onOutgoingReInvite(call, reInvite);
    }

    @Override
    public void onInviteSucceeded(Call call, Response ok) {
      target.onInviteSucceeded(call, ok);
    }

    @Override
    public boolean adjustRetry(Call call, Response failure, Request retry) {
      return target.adjustRetry(call, failure, retry);
    }

    @Override
    public void onAnswering(Call call, Request invite, Response ok) {
      target.onAnswering(call, invite, ok);
    }
  }
}
