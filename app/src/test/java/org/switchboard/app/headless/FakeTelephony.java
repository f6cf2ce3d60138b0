package org.switchboard.app.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationListener;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.RemoteParty;

/**
 * A scripted stand-in for the SIP user agent: records every port call as text ({@code "answer
 * c1"}), completes futures at once (or fails those named in {@link #failing}), and lets the test
 * raise events. Dialling emits {@code Dialing} with ids {@code c1}, {@code c2}, ...; hanging up
 * emits {@code Ended}.
 */
final class FakeTelephony implements CallControl, AccountRegistration {
  final List<String> commands = new CopyOnWriteArrayList<>();
  final List<CallListener> callListeners = new CopyOnWriteArrayList<>();
  final List<RegistrationListener> registrationListeners = new CopyOnWriteArrayList<>();
  final List<String> failing = new ArrayList<>();
  boolean shutDown;
  private int dialled;

  /** What {@link #register()} does; default: a Registered(300) event and success. */
  RegistrationBehaviour registration = RegistrationBehaviour.SUCCEEDS;

  enum RegistrationBehaviour {
    SUCCEEDS,
    WRONG_PASSWORD,
    UNREACHABLE,
    NEVER_ANSWERS
  }

  Telephony telephony() {
    return new Telephony(this, this, () -> shutDown = true);
  }

  void emit(CallEvent event) {
    callListeners.forEach(l -> l.onCallEvent(event));
  }

  void incoming(String call) {
    emit(
        new CallEvent.Incoming(
            new CallId(call),
            new RemoteParty("sip:1002@example.com", "Ann", null),
            java.util.Map.of()));
  }

  private CompletableFuture<Void> record(String command, @Nullable CallId call) {
    String line = call == null ? command : command + " " + call.value();
    commands.add(line);
    if (failing.contains(command)) {
      return CompletableFuture.failedFuture(new CallControlException("no such call " + call));
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    commands.add("dial " + target);
    if (failing.contains("dial")) {
      return CompletableFuture.failedFuture(new CallControlException("invalid target " + target));
    }
    CallId call = new CallId("c" + ++dialled);
    emit(
        new CallEvent.Dialing(call, new RemoteParty("sip:" + target + "@example.com", null, null)));
    return CompletableFuture.completedFuture(call);
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return record("answer", call);
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return record("reject", call);
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    CompletableFuture<Void> result = record("hangup", call);
    if (!result.isCompletedExceptionally()) {
      emit(new CallEvent.Ended(call, EndReason.LOCAL_HANGUP, 0, "local hang-up"));
    }
    return result;
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return record("hold", call);
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return record("resume", call);
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    return record("transfer " + target + " to", call);
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return record("dtmf " + digits + " on", call);
  }

  @Override
  public CompletableFuture<Void> mute(CallId call, boolean muted) {
    return record(muted ? "mute" : "unmute", call);
  }

  @Override
  public CompletableFuture<Void> attendedTransfer(CallId call, CallId consult) {
    return record("attended transfer " + consult.value() + " with", call);
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    callListeners.add(listener);
    return () -> callListeners.remove(listener);
  }

  @Override
  public CompletableFuture<Void> register() {
    commands.add("register");
    switch (registration) {
      case SUCCEEDS -> {
        registrationListeners.forEach(
            l -> l.onRegistrationEvent(new RegistrationEvent.Registered(300)));
        return CompletableFuture.completedFuture(null);
      }
      case WRONG_PASSWORD -> {
        var failed =
            new RegistrationEvent.Failed(
                org.switchboard.core.account.RegistrationFailure.AUTHENTICATION_REJECTED,
                403,
                "403 Forbidden");
        registrationListeners.forEach(l -> l.onRegistrationEvent(failed));
        return CompletableFuture.failedFuture(
            new RegistrationException(failed.failure(), 403, "403 Forbidden"));
      }
      case UNREACHABLE -> {
        return CompletableFuture.failedFuture(
            new RegistrationException(
                org.switchboard.core.account.RegistrationFailure.UNREACHABLE,
                0,
                "no answer to REGISTER"));
      }
      default -> {
        return new CompletableFuture<>();
      }
    }
  }

  @Override
  public CompletableFuture<Void> unregister() {
    commands.add("unregister");
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Subscription addRegistrationListener(RegistrationListener listener) {
    registrationListeners.add(listener);
    return () -> registrationListeners.remove(listener);
  }
}
