package org.switchboard.app.agent;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationListener;

/** A registration the test drives: {@link #emit} raises an event on the calling thread. */
public final class FakeRegistration implements AccountRegistration {
  private final List<RegistrationListener> listeners = new CopyOnWriteArrayList<>();

  public void emit(RegistrationEvent event) {
    listeners.forEach(l -> l.onRegistrationEvent(event));
  }

  public int listenerCount() {
    return listeners.size();
  }

  @Override
  public CompletableFuture<Void> register() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> unregister() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Subscription addRegistrationListener(RegistrationListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
