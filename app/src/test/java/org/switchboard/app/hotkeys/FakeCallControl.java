package org.switchboard.app.hotkeys;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.RemoteParty;

/**
 * A softphone the test drives: records each command ({@code "answer c1"}, {@code "mute c1 true"})
 * and answers it with the event a real one would raise, on the calling thread; commands named in
 * {@link #failing} are refused instead.
 */
final class FakeCallControl implements CallControl {
  final List<String> commands = new CopyOnWriteArrayList<>();
  final Set<String> failing = new CopyOnWriteArraySet<>();
  private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

  void emit(CallEvent event) {
    listeners.forEach(l -> l.onCallEvent(event));
  }

  void incoming(String call) {
    emit(
        new CallEvent.Incoming(
            new CallId(call), new RemoteParty("sip:1002@example.com", "Ann", null), Map.of()));
  }

  private CompletableFuture<Void> run(String command, CallId call, CallEvent then) {
    commands.add(command + " " + call.value());
    if (failing.contains(command)) {
      return CompletableFuture.failedFuture(new CallControlException("no such call " + call));
    }
    emit(then);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    return CompletableFuture.failedFuture(new CallControlException("not in this fake"));
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return run("answer", call, new CallEvent.Answered(call));
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return run("reject", call, new CallEvent.Ended(call, EndReason.REJECTED, 486, "rejected"));
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return run("hangup", call, new CallEvent.Ended(call, EndReason.LOCAL_HANGUP, 0, "hung up"));
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return run("hold", call, new CallEvent.Held(call, HoldSide.LOCAL));
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return run("resume", call, new CallEvent.Resumed(call));
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    return CompletableFuture.failedFuture(new CallControlException("not in this fake"));
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return CompletableFuture.failedFuture(new CallControlException("not in this fake"));
  }

  @Override
  public CompletableFuture<Void> mute(CallId call, boolean muted) {
    commands.add("mute " + call.value() + " " + muted);
    if (failing.contains("mute")) {
      return CompletableFuture.failedFuture(new CallControlException("no such call " + call));
    }
    emit(new CallEvent.Muted(call, muted));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
