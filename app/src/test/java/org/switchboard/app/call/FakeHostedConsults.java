package org.switchboard.app.call;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;

/**
 * A scripted queue service hosting consults of the calls in {@link #calls}: commands are recorded
 * in the call port's command list ({@code "consultAt c1 agent:bob"}, {@code "completeAt c1"},
 * {@code "cancelAt c1"}) and complete at once, or fail when named in {@link #failing}; {@link
 * #progress} tells the listeners how far a consult is.
 */
final class FakeHostedConsults implements HostedConsults {
  final Set<CallId> calls = ConcurrentHashMap.newKeySet();
  final Map<String, String> failing = new ConcurrentHashMap<>();
  private final List<String> commands;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  FakeHostedConsults(List<String> commands) {
    this.commands = commands;
  }

  void progress(String call, @Nullable State state) {
    listeners.forEach(l -> l.onConsult(new CallId(call), state));
  }

  @Override
  public boolean hosts(CallId call) {
    return calls.contains(call);
  }

  @Override
  public CompletableFuture<Void> consult(CallId call, String target) {
    return run("consultAt", call + " " + target);
  }

  @Override
  public CompletableFuture<Void> complete(CallId call) {
    return run("completeAt", call.toString());
  }

  @Override
  public CompletableFuture<Void> cancel(CallId call) {
    return run("cancelAt", call.toString());
  }

  @Override
  public Subscription addListener(Listener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private CompletableFuture<Void> run(String name, String args) {
    commands.add(name + " " + args);
    String failure = failing.get(name);
    return failure == null
        ? CompletableFuture.completedFuture(null)
        : CompletableFuture.failedFuture(new CallControlException(failure));
  }
}
