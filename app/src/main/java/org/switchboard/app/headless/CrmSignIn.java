package org.switchboard.app.headless;

import java.net.URI;
import java.util.concurrent.CompletionStage;

/**
 * Signs the agent in to the CRM with the OAuth device flow: the agent opens a link on any device
 * and types a code. Implemented by the composition root over the CRM connector.
 */
public interface CrmSignIn {

  /** What the agent must do: open {@code link} and enter {@code code}. */
  record Prompt(String code, URI link) {}

  /**
   * Starts a sign-in. The first stage completes with the prompt; the second (inside it) once the
   * agent has approved and the tokens are in the keychain. Failures carry a message safe to show.
   */
  CompletionStage<Started> start();

  /** A started sign-in. */
  record Started(Prompt prompt, CompletionStage<Void> completion) {}
}
