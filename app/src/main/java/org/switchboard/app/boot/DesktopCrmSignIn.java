package org.switchboard.app.boot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.CrmSignIn;
import org.switchboard.app.settings.CrmSettings;
import org.switchboard.app.settings.CrmSignInStarter;
import org.switchboard.crm.CrmAuth;

/**
 * The settings screen's "sign in" for OAuth CRMs: the provider (client id, endpoints) comes from
 * the {@code oauth} object of {@code crm-options.json}, as in the headless agent; tokens go to the
 * keychain.
 */
final class DesktopCrmSignIn implements CrmSignInStarter {
  private final DesktopEnvironment env;

  DesktopCrmSignIn(DesktopEnvironment env) {
    this.env = env;
  }

  @Override
  public CompletionStage<CrmSignIn.Started> start(CrmSettings crm) {
    CrmAuth.OAuth provider;
    try {
      provider =
          OAuthOptions.read(
              DesktopCrm.options(crm, env.settingsDir().resolve(DesktopCrm.OPTIONS_FILE)));
    } catch (AgentFailure e) {
      return CompletableFuture.failedFuture(e);
    }
    if (provider == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "CRM sign-in: no \"oauth\" provider in "
                  + env.settingsDir().resolve(DesktopCrm.OPTIONS_FILE)));
    }
    return OAuthOptions.signIn(provider, env.secrets()).start();
  }
}
