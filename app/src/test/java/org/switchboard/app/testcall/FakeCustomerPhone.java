package org.switchboard.app.testcall;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** A customer phone that records what it is asked and lets the test play the centre's side. */
final class FakeCustomerPhone implements CustomerPhone {
  final List<String> dialled = new ArrayList<>();
  final StringBuilder digits = new StringBuilder();
  int hangUps;
  private @Nullable Listener listener;

  @Override
  public CompletableFuture<Void> dial(TestCallTarget target, Listener listener) {
    dialled.add(target.uri());
    this.listener = listener;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> sendDigit(char digit) {
    digits.append(digit);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> hangUp() {
    hangUps++;
    Listener current = listener;
    if (current != null) {
      current.ended(EndKind.HUNG_UP, "local hangup");
    }
    return CompletableFuture.completedFuture(null);
  }

  /** The centre answers. */
  void answer() {
    listener().connected();
  }

  /** The call ends from the centre's side. */
  void end(EndKind kind, String reason) {
    listener().ended(kind, reason);
  }

  Listener listener() {
    Listener current = listener;
    if (current == null) {
      throw new AssertionError("nothing was dialled");
    }
    return current;
  }

  @Override
  public void close() {}
}
