package org.switchboard.app.headless;

import java.util.Objects;
import org.switchboard.core.customer.ScreenPop;
import org.switchboard.core.journal.CallJournal;

/**
 * The started CRM side the headless agent uses: screen pop for offered calls and the journal that
 * wrap-ups go to.
 *
 * @param shutdown stops the lookup threads and the outbox; must not throw
 */
public record CustomerServices(ScreenPop screenPop, CallJournal journal, Runnable shutdown) {
  public CustomerServices {
    Objects.requireNonNull(screenPop, "screenPop");
    Objects.requireNonNull(journal, "journal");
    Objects.requireNonNull(shutdown, "shutdown");
  }
}
