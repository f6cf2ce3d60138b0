package org.switchboard.sip.internal.invite;

import org.switchboard.core.call.EndReason;

/** How a final failure response to our INVITE ends the call. Pure. */
public final class EndReasons {
  private EndReasons() {}

  /** The end reason for a final non-2xx {@code status} to an outbound INVITE. */
  public static EndReason forStatus(int status) {
    return switch (status) {
      case 486, 600 -> EndReason.BUSY;
      case 603 -> EndReason.DECLINED;
      case 404, 480, 604 -> EndReason.UNAVAILABLE;
      case 408 -> EndReason.TIMEOUT;
      case 487 -> EndReason.CANCELLED;
      default -> EndReason.FAILED;
    };
  }
}
