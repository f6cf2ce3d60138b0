package org.switchboard.app.dial;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;

/**
 * A stand-in for the call port that records every target dialled and answers at once: with ids
 * {@code c1}, {@code c2}, ... or, while {@link #failure} is set, with that failure.
 */
public final class FakeCallControl implements CallControl {
  /** Every target dialled, in order. */
  public final List<String> dialled = new CopyOnWriteArrayList<>();

  /** When set, dial fails with it. */
  public volatile @Nullable RuntimeException failure;

  @Override
  public CompletableFuture<CallId> dial(String target) {
    dialled.add(target);
    RuntimeException f = failure;
    return f != null
        ? CompletableFuture.failedFuture(f)
        : CompletableFuture.completedFuture(new CallId("c" + dialled.size()));
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    return () -> {};
  }
}
