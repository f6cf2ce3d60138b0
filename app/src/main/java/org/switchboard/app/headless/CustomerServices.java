package org.switchboard.app.headless;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.ScreenPop;
import org.switchboard.core.journal.CallJournal;

/**
 * The started CRM side the headless agent uses: screen pop for offered calls and the journal that
 * wrap-ups go to.
 *
 * @param signIn the OAuth sign-in, for connectors configured with OAuth
 * @param shutdown stops the lookup threads and the outbox; must not throw
 * @param directory the connector's directory, for searches beyond screen pop (transfer targets);
 *     blocking, so called off the UI thread
 */
public record CustomerServices(
    ScreenPop screenPop,
    CallJournal journal,
    @Nullable CrmSignIn signIn,
    Runnable shutdown,
    @Nullable CustomerDirectory directory) {
  public CustomerServices {
    Objects.requireNonNull(screenPop, "screenPop");
    Objects.requireNonNull(journal, "journal");
    Objects.requireNonNull(shutdown, "shutdown");
  }

  /** Services without a directory to search. */
  public CustomerServices(
      ScreenPop screenPop, CallJournal journal, @Nullable CrmSignIn signIn, Runnable shutdown) {
    this(screenPop, journal, signIn, shutdown, null);
  }

  /** Services whose CRM needs no sign-in. */
  public CustomerServices(ScreenPop screenPop, CallJournal journal, Runnable shutdown) {
    this(screenPop, journal, null, shutdown);
  }
}
