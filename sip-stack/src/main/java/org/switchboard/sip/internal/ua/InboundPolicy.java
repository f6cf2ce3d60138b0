package org.switchboard.sip.internal.ua;

import org.switchboard.core.account.SipAccount;

/**
 * Which requests outside a dialog this agent takes: the users it answers for, how many calls it
 * holds at once and whether it is a registrar. A desktop answers for its account's user and holds
 * {@link RequestScreen#MAX_LIVE_CALLS} calls; a service answers for its configured users and
 * numbers, which may be replaced while it runs ({@link AnsweredUsers}).
 *
 * @param service whether this is a service-mode agent (an INVITE must name one of {@code users};
 *     beyond {@code maxLiveCalls} it gets 503 with Retry-After instead of 486)
 * @param users the user parts addressed to us
 * @param maxLiveCalls calls at once before new INVITEs are refused
 * @param registrar whether REGISTER is handled
 */
public record InboundPolicy(
    boolean service, AnsweredUsers users, int maxLiveCalls, boolean registrar) {
  /** Calls a desktop holds at once; a service's stack limits grow in steps of this. */
  public static final int DESKTOP_MAX_LIVE_CALLS = RequestScreen.MAX_LIVE_CALLS;

  /** The desktop's policy for {@code account}. */
  public static InboundPolicy desktop(SipAccount account) {
    return new InboundPolicy(
        false,
        new AnsweredUsers(
            new java.util.HashSet<>(java.util.List.of(account.user(), account.authUser()))),
        RequestScreen.MAX_LIVE_CALLS,
        false);
  }
}
