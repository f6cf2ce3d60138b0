package org.switchboard.app.settings;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.app.headless.CrmSignIn;

/** Records sign-ins; the test completes the prompt and the sign-in. */
public final class FakeCrmSignIn implements CrmSignInStarter {
  public final List<CrmSettings> started = new CopyOnWriteArrayList<>();
  public volatile CompletableFuture<CrmSignIn.Started> prompt = new CompletableFuture<>();

  @Override
  public CompletionStage<CrmSignIn.Started> start(CrmSettings crm) {
    started.add(crm);
    return prompt;
  }
}
