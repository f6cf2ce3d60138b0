package org.switchboard.sip.internal.register;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationFailure;

/** Callers waiting for one outcome (binding made, binding removed). Used on {@code sip-events}. */
final class Waiters {
  private final List<CompletableFuture<Void>> waiting = new ArrayList<>();

  /** A new future that completes with the next outcome. */
  CompletableFuture<Void> add() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    waiting.add(done);
    return done;
  }

  void succeedAll() {
    List<CompletableFuture<Void>> copy = List.copyOf(waiting);
    waiting.clear();
    copy.forEach(f -> f.complete(null));
  }

  void failAll(RegistrationFailure failure, int status, String detail) {
    List<CompletableFuture<Void>> copy = List.copyOf(waiting);
    waiting.clear();
    RegistrationException error = new RegistrationException(failure, status, detail);
    copy.forEach(f -> f.completeExceptionally(error));
  }
}
