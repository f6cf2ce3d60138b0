package org.switchboard.app.wrapup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;

/** Call events the test emits; commands do nothing. */
final class ScriptedCalls implements CallControl {
  private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

  void emit(CallEvent e) {
    listeners.forEach(l -> l.onCallEvent(e));
  }

  void inboundAnswered(String id, String number) {
    emit(
        new CallEvent.Incoming(
            new CallId(id),
            new RemoteParty("sip:" + number + "@lab", "Mina", new PhoneNumber(number)),
            Map.of()));
    emit(new CallEvent.Answered(new CallId(id)));
  }

  void ended(String id) {
    emit(new CallEvent.Ended(new CallId(id), EndReason.REMOTE_HANGUP, 0, "bye"));
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
    return done();
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
