package org.switchboard.queue.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;

/** A softphone for tests that only reports the call events a test emits; commands do nothing. */
final class CallEvents implements CallControl {
  private final java.util.List<String> transfers =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

  void emit(CallEvent e) {
    listeners.forEach(l -> l.onCallEvent(e));
  }

  int listenerCount() {
    return listeners.size();
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    return CompletableFuture.completedFuture(CallId.random());
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return done();
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return done();
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return done();
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return done();
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return done();
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    transfers.add(call.value() + "->" + target);
    return done();
  }

  /** The SIP transfers asked for, as {@code call->target}. */
  java.util.List<String> transfers() {
    return java.util.List.copyOf(transfers);
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return done();
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private static CompletableFuture<Void> done() {
    return CompletableFuture.completedFuture(null);
  }
}
