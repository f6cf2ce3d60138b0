package org.switchboard.app.boot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchboard.app.headless.Telephony;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationListener;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;

/**
 * A cooperative telephony for workspace tests and screenshots: registration succeeds, and each
 * command raises the event a real peer would cause, on the caller's thread.
 */
final class DemoTelephony implements CallControl, AccountRegistration {
  final List<String> commands = new CopyOnWriteArrayList<>();
  private final List<CallListener> calls = new CopyOnWriteArrayList<>();
  private final List<RegistrationListener> registrations = new CopyOnWriteArrayList<>();
  private final AtomicInteger dialled = new AtomicInteger();

  Telephony telephony() {
    return new Telephony(this, this, () -> {});
  }

  void emit(CallEvent e) {
    calls.forEach(l -> l.onCallEvent(e));
  }

  /** A customer calls: {@code number} with {@code name}, waiting {@code waitSeconds} in a queue. */
  void ring(String id, String name, String number, String queue, int waitSeconds) {
    emit(
        new CallEvent.Incoming(
            new CallId(id),
            new RemoteParty(
                "sip:" + number + "@lab.switchboard.test", name, new PhoneNumber(number)),
            Map.of("X-Queue", queue, "X-Queue-Wait", String.valueOf(waitSeconds))));
  }

  void quality(String id, double mos) {
    emit(
        new CallEvent.QualityChanged(
            new CallId(id),
            new CallQuality(
                mos, 0.4, java.time.Duration.ofMillis(12), java.time.Duration.ofMillis(40))));
  }

  private CompletableFuture<Void> did(String line, Runnable peer) {
    commands.add(line);
    peer.run();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    CallId id = new CallId("out-" + dialled.incrementAndGet());
    commands.add("dial " + target);
    emit(new CallEvent.Dialing(id, new RemoteParty("sip:" + target + "@lab", null, null)));
    emit(new CallEvent.Answered(id));
    return CompletableFuture.completedFuture(id);
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return did("answer " + call, () -> emit(new CallEvent.Answered(call)));
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return did(
        "reject " + call,
        () -> emit(new CallEvent.Ended(call, EndReason.REJECTED, 486, "rejected")));
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return did(
        "hangup " + call, () -> emit(new CallEvent.Ended(call, EndReason.LOCAL_HANGUP, 0, "bye")));
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return did("hold " + call, () -> emit(new CallEvent.Held(call, HoldSide.LOCAL)));
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return did("resume " + call, () -> emit(new CallEvent.Resumed(call)));
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    return did("transfer " + call + " " + target, () -> {});
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return did("dtmf " + call + " " + digits, () -> {});
  }

  @Override
  public CompletableFuture<Void> mute(CallId call, boolean muted) {
    return did("mute " + call + " " + muted, () -> emit(new CallEvent.Muted(call, muted)));
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    calls.add(listener);
    return () -> calls.remove(listener);
  }

  @Override
  public CompletableFuture<Void> register() {
    registrations.forEach(l -> l.onRegistrationEvent(new RegistrationEvent.Registered(600)));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> unregister() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Subscription addRegistrationListener(RegistrationListener listener) {
    registrations.add(listener);
    return () -> registrations.remove(listener);
  }
}
