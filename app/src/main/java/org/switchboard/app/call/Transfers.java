package org.switchboard.app.call;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HostedConsults;

/**
 * Transfers and conferences of the call panel, with what they leave behind: a blind transfer holds
 * the call (RFC 5589: the transferee hears hold, not the transfer) and sends it on; when the port
 * refuses the command it takes the call back off hold, and when the target refuses (SIP status 300
 * or more) the port does so itself ({@link CallControl#transfer}); a consult holds the first call
 * and dials the target, then completes the transfer, joins a conference or is cancelled (consult
 * call hung up, first call resumed). Commands go to {@link CallControl}; their outcomes are hopped
 * through {@code ui}, and failures land in the message line. Used on the JavaFX application thread.
 *
 * <p>A call whose consults a service hosts ({@link HostedConsults}, the queue service's calls) is
 * not held and no second call is dialled: the service plays music to its customer and connects the
 * agent with the target on the same call, tells how far the target is, and completes (ending the
 * agent's call) or cancels (bringing the customer back) when asked. It cannot be conferenced.
 */
final class Transfers {
  /**
   * A consultation under way: the first call is held while the agent talks to the target. Hosted by
   * a service, it runs on the first call itself ({@code consult} is {@code first}).
   */
  record Consultation(CallId first, CallId consult, Object target, boolean hosted) {}

  private enum Kind {
    BLIND,
    ATTENDED
  }

  private record Pending(Kind kind) {}

  private static final int REMEMBERED_ENDINGS = 16;

  private final CallsModel calls;
  private final CallControl control;
  private final Executor ui;
  private final MessageLine message;
  private final Runnable changed;
  private final Map<CallId, Pending> pending = new HashMap<>();
  private final Set<CallId> recentlyEnded = new LinkedHashSet<>();
  private @Nullable Consultation consultation;
  private @Nullable CallId consultStarting;
  private final Map<CallId, HostedConsults.State> hostedStates = new HashMap<>();
  private final @Nullable HostedConsults hosted;

  /**
   * @param changed told (on the UI thread) whenever the state here changed
   */
  Transfers(CallsModel calls, Executor ui, MessageLine message, Runnable changed) {
    this.calls = calls;
    this.control = calls.control();
    this.ui = ui;
    this.message = message;
    this.changed = changed;
    this.hosted = control.hostedConsults().orElse(null);
    if (hosted != null) {
      hosted.addListener((call, state) -> ui.execute(() -> hostedProgressed(call, state)));
    }
  }

  /** The consultation under way, if any. */
  @Nullable Consultation consultation() {
    return consultation;
  }

  /** Whether a consultation runs or is being set up. */
  boolean consulting() {
    return consultation != null || consultStarting != null;
  }

  /** Whether a transfer of {@code call} awaits its outcome. */
  boolean transferring(CallId call) {
    return pending.containsKey(call);
  }

  void blind(CallEntry call, TransferTargetRow target) {
    CallId id = call.id();
    // Held by the other side is not enough: the caller must not hear what follows.
    boolean hold = call.status() != CallStatus.HELD;
    pending.put(id, new Pending(Kind.BLIND));
    call.transferAsked();
    message.info("callpanel.transfer.started", label(target));
    CompletableFuture<Void> asked =
        holdFirst(id, hold).thenCompose(v -> control.transfer(id, target.address()));
    after(
        asked,
        (v, failure) -> {
          if (failure != null) {
            pending.remove(id);
            message.failed("transfer", failure);
            if (hold) {
              takeBack(id);
            }
          }
        });
  }

  void consult(CallEntry first, TransferTargetRow target) {
    HostedConsults service = hosted;
    if (service != null && service.hosts(first.id())) {
      consultHosted(service, first.id(), target);
      return;
    }
    CallId firstId = first.id();
    boolean hold = first.status() != CallStatus.HELD;
    Object name = label(target);
    consultStarting = firstId;
    message.info("callpanel.consult.dialing", name);
    CompletableFuture<CallId> dialled =
        holdFirst(firstId, hold).thenCompose(v -> control.dial(target.address()));
    after(
        dialled,
        (consult, failure) -> {
          consultStarting = null;
          if (failure != null || consult == null) {
            message.failed("consult", failure != null ? failure : new IllegalStateException());
            if (hold) {
              takeBack(firstId);
            }
          } else if (recentlyEnded.contains(consult)) {
            consultOver(firstId);
          } else if (calls.find(firstId) == null) {
            message.info("callpanel.consult.callerLeft");
          } else {
            consultation = new Consultation(firstId, consult, name, false);
          }
        });
  }

  private void consultHosted(HostedConsults service, CallId firstId, TransferTargetRow target) {
    Object name = label(target);
    consultStarting = firstId;
    message.info("callpanel.consult.hosted.dialing", name);
    after(
        service.consult(firstId, target.address()),
        (v, failure) -> {
          consultStarting = null;
          if (failure != null) {
            message.failed("consult", failure);
          } else if (calls.find(firstId) == null) {
            message.info("callpanel.consult.callerLeft");
          } else {
            consultation = new Consultation(firstId, firstId, name, true);
          }
        });
  }

  /** The service tells how far the consult on {@code call} is; null: none is open any more. */
  private void hostedProgressed(CallId call, HostedConsults.@Nullable State state) {
    HostedConsults.State before = hostedStates.get(call);
    if (state == null) {
      hostedStates.remove(call);
    } else {
      hostedStates.put(call, state);
    }
    Consultation c = consultation;
    if (c == null || !c.hosted() || !c.first().equals(call)) {
      changed.run();
      return;
    }
    if (state == HostedConsults.State.ANSWERED && before != state) {
      message.info("callpanel.consult.hosted.answered", c.target());
    } else if (state == null && !transferring(call)) {
      consultation = null; // the service gave up on the target, or they left
      message.info("callpanel.consult.hosted.ended");
    }
    changed.run();
  }

  /** Joins the held caller to the consulted party and leaves both. */
  void complete() {
    Consultation c = consultation;
    CallEntry first = c == null ? null : calls.find(c.first());
    if (c == null || first == null) {
      return;
    }
    pending.put(c.first(), new Pending(Kind.ATTENDED));
    first.transferAsked();
    message.info("callpanel.transfer.completing", c.target());
    HostedConsults service = hosted;
    after(
        c.hosted() && service != null
            ? service.complete(c.first())
            : control.attendedTransfer(c.first(), c.consult()),
        (v, failure) -> {
          if (failure != null) {
            pending.remove(c.first());
            message.failed("completeTransfer", failure);
          }
        });
  }

  /** Joins {@code first} and {@code second} in a three-way conference. */
  void conference(CallId first, CallId second) {
    message.clear();
    after(
        control.conference(first, second),
        (v, failure) -> {
          if (failure != null) {
            message.failed("conference", failure);
            return;
          }
          consultation = null;
          message.info("callpanel.conference.started");
        });
  }

  /** Hangs up the consult call and takes the first call off hold. */
  void cancelConsult() {
    Consultation c = consultation;
    if (c == null) {
      return;
    }
    consultation = null;
    message.clear();
    HostedConsults service = hosted;
    if (c.hosted() && service != null) {
      after(
          service.cancel(c.first()),
          (v, failure) -> {
            if (failure != null) {
              message.failed("cancelConsult", failure);
            }
          });
      return;
    }
    CallEntry first = calls.find(c.first());
    boolean resume = first != null && first.status() == CallStatus.HELD;
    CompletableFuture<Void> done =
        control
            .hangup(c.consult())
            .thenCompose(v -> resume ? control.resume(c.first()) : completed());
    after(
        done,
        (v, failure) -> {
          if (failure != null) {
            message.failed("cancelConsult", failure);
          }
          CallEntry back = calls.find(c.first());
          if (back != null) {
            calls.select(back);
          }
        });
  }

  /** A transfer of {@code call} progressed to SIP {@code status}. */
  void progressed(CallEntry call, @Nullable Integer status) {
    Pending p = pending.get(call.id());
    if (p == null || status == null) {
      return;
    }
    if (status < 200) {
      message.info("callpanel.transfer.progress");
    } else if (status < 300) {
      pending.remove(call.id());
      if (p.kind() == Kind.ATTENDED) {
        consultation = null;
      }
      message.info("callpanel.transfer.done");
    } else if (p.kind() == Kind.BLIND) {
      pending.remove(call.id());
      // The port takes the call off hold itself (CallControl#transfer).
      message.problem("callpanel.transfer.failed", status);
    } else {
      pending.remove(call.id());
      message.problem("callpanel.transfer.failedConsult", status);
    }
    changed.run();
  }

  /** {@code call} ended: whatever waited on it is over. */
  void ended(CallEntry call) {
    CallId id = call.id();
    recentlyEnded.add(id);
    if (recentlyEnded.size() > REMEMBERED_ENDINGS) {
      recentlyEnded.remove(recentlyEnded.iterator().next());
    }
    Pending was = pending.remove(id);
    hostedStates.remove(id);
    Consultation c = consultation;
    if (c != null && c.hosted() && id.equals(c.first())) {
      // The service ends the agent's call when the customer is handed over.
      consultation = null;
      boolean handedOver = was != null && was.kind() == Kind.ATTENDED;
      message.info(handedOver ? "callpanel.transfer.done" : "callpanel.consult.callerLeft");
    } else if (c != null && id.equals(c.consult())) {
      consultation = null;
      consultOver(c.first());
    } else if (c != null && id.equals(c.first())) {
      consultation = null;
      message.info("callpanel.consult.callerLeft");
    }
    changed.run();
  }

  private void consultOver(CallId first) {
    message.info("callpanel.consult.ended");
    CallEntry back = calls.find(first);
    if (back != null) {
      calls.select(back);
    }
  }

  /** The call comes back to the agent after a failed transfer: off hold. */
  private void takeBack(CallId call) {
    if (calls.find(call) == null) {
      return;
    }
    after(
        control.resume(call),
        (v, failure) -> {
          if (failure != null) {
            message.failed("resume", failure);
          }
        });
  }

  private CompletableFuture<Void> holdFirst(CallId call, boolean hold) {
    return hold ? control.hold(call) : completed();
  }

  private static CompletableFuture<Void> completed() {
    return CompletableFuture.completedFuture(null);
  }

  private <T> void after(
      CompletableFuture<T> future, BiConsumer<@Nullable T, @Nullable Throwable> then) {
    future.whenComplete(
        (value, failure) ->
            ui.execute(
                () -> {
                  then.accept(value, failure);
                  changed.run();
                }));
  }

  /** Whether the consultation may be completed: both calls established, no transfer under way. */
  boolean canComplete() {
    Consultation c = consultation;
    if (c == null || transferring(c.first())) {
      return false;
    }
    if (c.hosted()) {
      CallEntry first = calls.find(c.first());
      return first != null
          && first.status().established()
          && hostedStates.get(c.first()) == HostedConsults.State.ANSWERED;
    }
    CallEntry first = calls.find(c.first());
    CallEntry consult = calls.find(c.consult());
    return first != null
        && consult != null
        && first.status().established()
        && consult.status().established();
  }

  /**
   * The two calls a conference would join: the consultation's, else the agent's only two
   * established calls; empty when there is no such pair, or it is already in conference or being
   * transferred.
   */
  List<CallEntry> conferencePair() {
    Consultation c = consultation;
    List<CallEntry> pair = new ArrayList<>(2);
    if (c != null && c.hosted()) {
      return List.of(); // the service joins no conference
    }
    if (c != null) {
      CallEntry first = calls.find(c.first());
      CallEntry consult = calls.find(c.consult());
      if (first != null && consult != null) {
        pair.add(first);
        pair.add(consult);
      }
    } else {
      calls.calls().stream().filter(e -> e.status().established()).forEach(pair::add);
    }
    boolean joinable =
        pair.size() == 2
            && pair.stream().allMatch(e -> e.status().established())
            && pair.stream().allMatch(e -> e.conferencedWithProperty().get() == null)
            && pair.stream().noneMatch(e -> transferring(e.id()));
    return joinable ? pair : List.of();
  }

  /** The target as named in a sentence: its name, or its number kept left to right. */
  static Object label(TransferTargetRow target) {
    return target.name().equals(target.address()) || target.name().isEmpty()
        ? new CallTexts.LeftToRight(target.address())
        : target.name();
  }
}
