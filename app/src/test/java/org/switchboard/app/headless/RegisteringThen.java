package org.switchboard.app.headless;

import java.util.concurrent.CompletableFuture;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.account.RegistrationListener;

/** A registration that succeeds at once after running {@code whileRegistering} (call events). */
final class RegisteringThen implements AccountRegistration {
  private final FakeTelephony fake;
  private final Runnable whileRegistering;

  RegisteringThen(FakeTelephony fake, Runnable whileRegistering) {
    this.fake = fake;
    this.whileRegistering = whileRegistering;
  }

  @Override
  public CompletableFuture<Void> register() {
    whileRegistering.run();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> unregister() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Subscription addRegistrationListener(RegistrationListener listener) {
    return fake.addRegistrationListener(listener);
  }
}
