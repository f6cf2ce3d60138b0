package org.switchboard.app.settings;

import java.util.concurrent.CompletionStage;
import org.switchboard.app.headless.CrmSignIn;

/**
 * Starts the OAuth sign-in for a CRM from the settings screen; the composition root implements it
 * over the CRM connector's OAuth device flow.
 */
@FunctionalInterface
public interface CrmSignInStarter {

  /**
   * Starts signing in to the CRM {@code crm} describes (a connector whose {@link CrmKind#signsIn()}
   * holds). Called on the JavaFX thread; returns at once. The stage completes, on any thread, with
   * the prompt (a link and a code for the agent) and the completion of the sign-in; failures carry
   * a message safe to show.
   */
  CompletionStage<CrmSignIn.Started> start(CrmSettings crm);
}
