package org.switchboard.app.incoming;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;

/**
 * A scripted call port: records commands as text ({@code "answer c1"}, {@code "reject c1 486"}),
 * completes them at once unless {@link #failing} names the command, and lets the test raise events
 * from any thread, as the sip-events thread does.
 */
final class FakeCallControl implements CallControl {
  final List<String> commands = new CopyOnWriteArrayList<>();
  final List<String> failing = new CopyOnWriteArrayList<>();
  private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

  void emit(CallEvent event) {
    listeners.forEach(l -> l.onCallEvent(event));
  }

  /** Offers call {@code id} from {@code number} with display name {@code name}. */
  void incoming(String id, String number, String name) {
    emit(
        new CallEvent.Incoming(
            new CallId(id),
            new RemoteParty("sip:" + number + "@example.com", name, new PhoneNumber(number)),
            Map.of()));
  }

  void answered(String id) {
    emit(new CallEvent.Answered(new CallId(id)));
  }

  void callerCancelled(String id) {
    emit(new CallEvent.Ended(new CallId(id), EndReason.CALLER_CANCELLED, 487, "cancelled"));
  }

  void rejected(String id) {
    emit(new CallEvent.Ended(new CallId(id), EndReason.REJECTED, 486, "rejected"));
  }

  private CompletableFuture<Void> record(String command, String line) {
    commands.add(line);
    return failing.contains(command)
        ? CompletableFuture.failedFuture(new CallControlException("refused"))
        : CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    commands.add("dial " + target);
    return CompletableFuture.completedFuture(new CallId("out"));
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return record("answer", "answer " + call);
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return record("reject", "reject " + call + (decline ? " 603" : " 486"));
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return record("hangup", "hangup " + call);
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return record("hold", "hold " + call);
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return record("resume", "resume " + call);
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    return record("transfer", "transfer " + call + " " + target);
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return record("dtmf", "dtmf " + call + " " + digits);
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
