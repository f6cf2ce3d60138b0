package org.switchboard.app.headless;

import java.util.Objects;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.call.CallControl;

/**
 * The started telephony the headless agent drives: its ports and a way to shut it down.
 *
 * @param shutdown closes the SIP stack and the media engine; must not throw
 */
public record Telephony(CallControl calls, AccountRegistration registration, Runnable shutdown) {
  public Telephony {
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(shutdown, "shutdown");
  }
}
