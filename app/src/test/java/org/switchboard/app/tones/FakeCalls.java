package org.switchboard.app.tones;

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

/** A call port whose events the test raises; every command succeeds and is recorded. */
final class FakeCalls implements CallControl {
  final List<String> commands = new CopyOnWriteArrayList<>();
  private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

  void emit(CallEvent event) {
    listeners.forEach(l -> l.onCallEvent(event));
  }

  void incoming(String id, Map<String, String> headers) {
    emit(
        new CallEvent.Incoming(
            new CallId(id),
            new RemoteParty("sip:2001@example.com", "Ann", new PhoneNumber("2001")),
            headers));
  }

  void dialling(String id) {
    emit(
        new CallEvent.Dialing(
            new CallId(id), new RemoteParty("sip:3001@example.com", "", new PhoneNumber("3001"))));
  }

  void ringing(String id, boolean earlyMedia) {
    emit(new CallEvent.RemoteRinging(new CallId(id), earlyMedia));
  }

  void answered(String id) {
    emit(new CallEvent.Answered(new CallId(id)));
  }

  void ended(String id, EndReason reason, int status) {
    emit(new CallEvent.Ended(new CallId(id), reason, status, "test"));
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    commands.add("dial " + target);
    return CompletableFuture.completedFuture(new CallId("d1"));
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    commands.add("answer " + call.value());
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return done("reject " + call.value());
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return done("hangup " + call.value());
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return done("hold " + call.value());
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return done("resume " + call.value());
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    return done("transfer " + call.value());
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return done("dtmf " + call.value());
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private CompletableFuture<Void> done(String command) {
    commands.add(command);
    return CompletableFuture.completedFuture(null);
  }
}
