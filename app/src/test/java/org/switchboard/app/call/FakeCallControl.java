package org.switchboard.app.call;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.HoldSide;
import org.switchboard.core.call.HostedConsults;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;

/**
 * A scripted stand-in for the SIP user agent. Every command is recorded as text ({@code "answer
 * c1"}, {@code "transfer c1 2001"}, {@code "attendedTransfer c1 c2"}) and its future completes at
 * once, or fails with a {@link CallControlException} when the command's name is in {@link
 * #failing}. While {@link #peerAnswers} is true (the default) the fake also raises the events a
 * cooperative peer would cause (answer: Answered; hold: Held; dial: Dialing; hang-up: Ended;
 * conference: Conferenced on both), on the caller's thread; {@link #emit} raises any other event.
 * Dialled calls get the ids {@code d1}, {@code d2}, ...
 */
final class FakeCallControl implements CallControl {
  final List<String> commands = new CopyOnWriteArrayList<>();

  /** Command name ({@code "hold"}, {@code "attendedTransfer"}, ...) to the failure's message. */
  final Map<String, String> failing = new ConcurrentHashMap<>();

  /** Command names that fail with something other than a CallControlException. */
  final Set<String> breaking = ConcurrentHashMap.newKeySet();

  volatile boolean peerAnswers = true;

  /** Consults a service hosts: none until a test adds a call to its {@code calls}. */
  final FakeHostedConsults hosted = new FakeHostedConsults(commands);

  private final List<CallListener> listeners = new CopyOnWriteArrayList<>();
  private int dialled;

  void emit(CallEvent event) {
    listeners.forEach(l -> l.onCallEvent(event));
  }

  /** Offers call {@code id} from {@code name} at {@code number}. */
  void ring(String id, String name, String number) {
    emit(
        new CallEvent.Incoming(
            new CallId(id),
            new RemoteParty("sip:" + number + "@example.com", name, new PhoneNumber(number)),
            Map.of()));
  }

  /** Offers call {@code id} and has the agent talking on it. */
  void talking(String id, String name, String number) {
    ring(id, name, number);
    emit(new CallEvent.Answered(new CallId(id)));
  }

  /** The commands seen, then forgets them. */
  List<String> take() {
    List<String> seen = List.copyOf(commands);
    commands.clear();
    return seen;
  }

  private <T> CompletableFuture<T> run(String name, String line, @Nullable T value, Runnable peer) {
    commands.add(line);
    if (breaking.contains(name)) {
      return CompletableFuture.failedFuture(new IllegalStateException("bug in the adapter"));
    }
    String failure = failing.get(name);
    if (failure != null) {
      return CompletableFuture.failedFuture(new CallControlException(failure));
    }
    if (peerAnswers) {
      peer.run();
    }
    return CompletableFuture.completedFuture(value);
  }

  private CompletableFuture<Void> run(String name, CallId call, Runnable peer) {
    return run(name, name + " " + call, null, peer);
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    CallId call = new CallId("d" + (dialled + 1));
    CompletableFuture<CallId> result =
        run(
            "dial",
            "dial " + target,
            call,
            () ->
                emit(
                    new CallEvent.Dialing(
                        call, new RemoteParty("sip:" + target + "@example.com", null, null))));
    if (!result.isCompletedExceptionally()) {
      dialled++;
    }
    return result;
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    return run("answer", call, () -> emit(new CallEvent.Answered(call)));
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    return run(
        "reject", call, () -> emit(new CallEvent.Ended(call, EndReason.REJECTED, 486, "rejected")));
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    return run(
        "hangup",
        call,
        () -> emit(new CallEvent.Ended(call, EndReason.LOCAL_HANGUP, 0, "local hang-up")));
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    return run("hold", call, () -> emit(new CallEvent.Held(call, HoldSide.LOCAL)));
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    return run("resume", call, () -> emit(new CallEvent.Resumed(call)));
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    return run("transfer", "transfer " + call + " " + target, null, () -> {});
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    return run("dtmf", "dtmf " + call + " " + digits, null, () -> {});
  }

  @Override
  public CompletableFuture<Void> mute(CallId call, boolean muted) {
    return run(
        "mute", "mute " + call + " " + muted, null, () -> emit(new CallEvent.Muted(call, muted)));
  }

  @Override
  public CompletableFuture<Void> attendedTransfer(CallId call, CallId consult) {
    return run("attendedTransfer", "attendedTransfer " + call + " " + consult, null, () -> {});
  }

  @Override
  public CompletableFuture<Void> conference(CallId first, CallId second) {
    return run(
        "conference",
        "conference " + first + " " + second,
        null,
        () -> {
          emit(new CallEvent.Conferenced(first, second));
          emit(new CallEvent.Conferenced(second, first));
        });
  }

  @Override
  public java.util.Optional<HostedConsults> hostedConsults() {
    return java.util.Optional.of(hosted);
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
