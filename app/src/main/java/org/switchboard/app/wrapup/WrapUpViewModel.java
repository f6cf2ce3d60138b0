package org.switchboard.app.wrapup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Disposition;
import org.switchboard.core.agent.Offer;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.WrapUp;
import org.switchboard.core.agent.WrapUpMode;
import org.switchboard.core.agent.WrapUpPolicy;
import org.switchboard.core.call.CallId;
import org.switchboard.core.journal.CallJournal;
import org.switchboard.core.journal.JournalStorageException;

/**
 * Notes during a call and the wrap-up after it. While a call lasts the agent may type notes and
 * choose a disposition and tags; every change is saved as a draft at once. When the call ends and
 * the agent session asks for its wrap-up, the same form gains the countdown (timed modes), "extend"
 * and "done"; done logs the call record to the journal (off the UI thread) and only then tells the
 * session, so a journal failure keeps the form and loses nothing. Drafts of calls that ended before
 * a crash are logged on start. Used on the JavaFX application thread; {@link #tick()} is called by
 * the view every second.
 */
public final class WrapUpViewModel {
  /** What the form is for now. */
  public enum Phase {
    /** No call: the form is hidden. */
    NONE,
    /** Notes for the call in progress. */
    DURING_CALL,
    /** The finished call's wrap-up. */
    WRAP_UP
  }

  /** Where the form gets what it needs beyond the agent session and the calls. */
  public record Context(
      @Nullable CallJournal journal,
      NotesDrafts drafts,
      WrapUpPolicy duringCall,
      String agentName,
      String self,
      Function<CallId, @Nullable String> customerOf,
      BiConsumer<CallId, String> dispositionRecorded) {}

  private static final Logger log = LoggerFactory.getLogger(WrapUpViewModel.class);
  private static final int ENDED_KEPT = 50;

  private final AgentSession session;
  private final CallsModel calls;
  private final Context context;
  private final Localizer localizer;
  private final Executor io;
  private final Executor ui;
  private final Clock clock;
  private final Map<String, Draft> drafts = new HashMap<>();
  private final Map<CallId, CallEntry> ended =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CallId, CallEntry> eldest) {
          return size() > ENDED_KEPT;
        }
      };
  private final List<Subscription> subscriptions = new ArrayList<>();
  private final ReadOnlyObjectWrapper<Phase> phase =
      new ReadOnlyObjectWrapper<>(this, "phase", Phase.NONE);
  private final ReadOnlyStringWrapper caller = new ReadOnlyStringWrapper(this, "caller", "");
  private final ObservableList<Disposition> dispositions = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Disposition> disposition =
      new SimpleObjectProperty<>(this, "disposition");
  private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
  private final ObservableList<String> tags = FXCollections.observableArrayList();
  private final ObservableSet<String> chosenTags = FXCollections.observableSet();
  private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
  private final BooleanProperty canExtend = new SimpleBooleanProperty(this, "canExtend");
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
  private final BooleanProperty timeUp = new SimpleBooleanProperty(this, "timeUp");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ObjectProperty<@Nullable WrapUpPolicy> policy =
      new SimpleObjectProperty<>(this, "policy");
  private final BooleanBinding canFinish;
  private @Nullable CallId current;
  private @Nullable PendingWrapUp pending;
  private @Nullable Offer lastOffer;
  private boolean loading;

  public WrapUpViewModel(
      AgentSession session,
      CallsModel calls,
      Context context,
      Localizer localizer,
      Executor io,
      Executor ui,
      Clock clock) {
    this.session = Objects.requireNonNull(session, "session");
    this.calls = Objects.requireNonNull(calls, "calls");
    this.context = Objects.requireNonNull(context, "context");
    this.localizer = localizer;
    this.io = io;
    this.ui = ui;
    this.clock = clock;
    canFinish =
        Bindings.createBooleanBinding(
            this::finishAllowed, phase, disposition, notes, busy, timeUp, policy);
    notes.addListener((o, old, now) -> changed());
    disposition.addListener((o, old, now) -> changed());
    chosenTags.addListener((javafx.collections.SetChangeListener<String>) c -> changed());
  }

  /** Starts following the session and the calls, and logs drafts left by an earlier run. */
  public void start() {
    subscriptions.add(session.addListener(s -> ui.execute(() -> onSession(s))));
    subscriptions.add(calls.onEnded(this::onEnded));
    calls.activeProperty().addListener((o, old, now) -> choose());
    io.execute(this::recoverDrafts);
  }

  /** Stops following; drafts are flushed by their owner. */
  public void stop() {
    subscriptions.forEach(Subscription::close);
    subscriptions.clear();
  }

  private void onSession(AgentSnapshot s) {
    if (s.offer() != null) {
      lastOffer = s.offer();
    }
    pending = s.wrapUp();
    choose();
  }

  private void onEnded(CallEntry call) {
    ended.put(call.id(), call);
    Draft d = drafts.getOrDefault(call.id().value(), Draft.empty(call.id().value()));
    Draft withFacts = d.withSummary(summary(call));
    drafts.put(call.id().value(), withFacts);
    context.drafts().save(withFacts);
  }

  private CallSummary summary(CallEntry call) {
    Offer offer = lastOffer;
    String queue = offer != null && call.id().equals(offer.call()) ? offer.queue() : null;
    return CallSummary.of(call, context.self(), queue, context.customerOf().apply(call.id()));
  }

  /** Picks the call the form is about: the pending wrap-up first, else the active call. */
  private void choose() {
    PendingWrapUp p = pending;
    CallEntry active = calls.active();
    CallId next;
    Phase nextPhase;
    WrapUpPolicy nextPolicy;
    if (p != null) {
      next = p.call();
      nextPhase = Phase.WRAP_UP;
      nextPolicy = p.policy();
    } else if (active != null) {
      next = active.id();
      nextPhase = Phase.DURING_CALL;
      nextPolicy = context.duringCall();
    } else {
      next = null;
      nextPhase = Phase.NONE;
      nextPolicy = null;
    }
    canExtend.set(p != null && p.canExtend());
    if (!Objects.equals(next, current) || phase.get() != nextPhase) {
      current = next;
      error.set("");
      timeUp.set(false);
      load(next, nextPolicy, active);
      phase.set(nextPhase);
    }
    tick();
  }

  private void load(@Nullable CallId call, @Nullable WrapUpPolicy p, @Nullable CallEntry active) {
    loading = true;
    try {
      policy.set(p);
      dispositions.setAll(p == null ? List.of() : p.dispositions());
      tags.setAll(p == null ? List.of() : p.tags());
      Draft d = call == null ? null : drafts.get(call.value());
      notes.set(d == null ? "" : d.notes());
      disposition.set(d == null ? null : find(d.disposition()));
      chosenTags.clear();
      if (d != null) {
        chosenTags.addAll(d.tags());
      }
      CallEntry entry = call == null ? null : ended.getOrDefault(call, active);
      caller.set(entry == null ? "" : who(entry));
    } finally {
      loading = false;
    }
  }

  /**
   * Name and number. The number is isolated left-to-right only in right-to-left languages: the
   * system fonts of left-to-right ones draw the isolate marks as boxes.
   */
  private String who(CallEntry entry) {
    String name = entry.remote().name().map(SanitizedText::line).orElse("");
    String number = entry.remote().phoneNumber().map(n -> n.value()).orElse(entry.remote().uri());
    String shown = SanitizedText.line(number);
    if (localizer.language().rightToLeft()) {
      shown = "\u2066" + shown + "\u2069";
    }
    return name.isEmpty() ? shown : name + " " + shown;
  }

  private @Nullable Disposition find(@Nullable String code) {
    for (Disposition d : dispositions) {
      if (d.code().equals(code)) {
        return d;
      }
    }
    return null;
  }

  private void changed() {
    CallId call = current;
    if (loading || call == null) {
      return;
    }
    Draft old = drafts.get(call.value());
    Disposition chosen = disposition.get();
    Draft d =
        new Draft(
            call.value(),
            chosen == null ? null : chosen.code(),
            notes.get(),
            List.copyOf(chosenTags),
            old == null ? null : old.summary());
    drafts.put(call.value(), d);
    context.drafts().save(d);
  }

  /** Updates the countdown; at zero a timed wrap-up finishes with what was entered. */
  public void tick() {
    PendingWrapUp p = pending;
    Instant deadline = p == null || phase.get() != Phase.WRAP_UP ? null : p.deadline();
    if (deadline == null) {
      countdown.set("");
      return;
    }
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      countdown.set(localizer.get("wrapup.countdown", "0:00"));
      if (!timeUp.get()) {
        timeUp.set(true);
        finish();
      }
      return;
    }
    long s = (left.toMillis() + 999) / 1000;
    countdown.set(localizer.get("wrapup.countdown", String.format("%d:%02d", s / 60, s % 60)));
  }

  /** Adds the policy's extension to a timed wrap-up. */
  public void extend() {
    session
        .extendWrapUp()
        .whenComplete(
            (ok, failure) ->
                ui.execute(
                    () -> error.set(failure == null ? "" : localizer.get("wrapup.extendFailed"))));
  }

  /** Logs the call and ends the wrap-up; the form stays, with the reason, when either fails. */
  public void finish() {
    PendingWrapUp p = pending;
    CallId call = current;
    if (p == null || call == null || !p.call().equals(call) || busy.get()) {
      return;
    }
    Draft d = drafts.getOrDefault(call.value(), Draft.empty(call.value()));
    CallEntry entry = ended.get(call);
    CallSummary facts = d.summary() != null ? d.summary() : entry == null ? null : summary(entry);
    busy.set(true);
    error.set("");
    CallJournal journal = context.journal();
    io.execute(
        () -> {
          try {
            if (journal != null && facts != null) {
              journal.log(facts.record(d, context.agentName()));
            }
          } catch (JournalStorageException | RuntimeException e) {
            log.warn("call {} could not be logged: {}", call, e.toString());
            ui.execute(
                () -> failed(localizer.get("wrapup.logFailed", String.valueOf(e.getMessage()))));
            return;
          }
          ui.execute(() -> logged(call, d));
        });
  }

  private void logged(CallId call, Draft d) {
    context.drafts().delete(call.value());
    String code = d.disposition();
    if (code != null) {
      context.dispositionRecorded().accept(call, code);
    }
    session
        .finishWrapUp(new WrapUp(call, code, d.notes(), d.tags()))
        .whenComplete(
            (ok, failure) ->
                ui.execute(
                    () -> {
                      busy.set(false);
                      if (failure != null) {
                        error.set(localizer.get("wrapup.finishFailed", rootMessage(failure)));
                      } else {
                        drafts.remove(call.value());
                      }
                    }));
  }

  private void failed(String message) {
    busy.set(false);
    error.set(message);
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null) {
      c = c.getCause();
    }
    return String.valueOf(c.getMessage());
  }

  private boolean finishAllowed() {
    WrapUpPolicy p = policy.get();
    if (phase.get() != Phase.WRAP_UP || busy.get() || p == null) {
      return false;
    }
    if (timeUp.get()) {
      return true;
    }
    if (p.mode() == WrapUpMode.TIMED_NO_EARLY_EXIT) {
      return false;
    }
    if (p.dispositionRequired() && disposition.get() == null) {
      return false;
    }
    return !(p.notesRequired() && notes.get().isBlank());
  }

  /** Logs drafts whose calls ended before the last run stopped; keeps the rest. On {@code io}. */
  private void recoverDrafts() {
    CallJournal journal = context.journal();
    for (Draft d : context.drafts().load()) {
      CallSummary facts = d.summary();
      if (journal == null || facts == null) {
        continue;
      }
      try {
        journal.log(facts.record(d, context.agentName()));
        context.drafts().delete(d.call());
        log.info("logged the wrap-up of call {} left by an earlier run", d.call());
      } catch (JournalStorageException | RuntimeException e) {
        log.warn("the draft of call {} stays for later: {}", d.call(), e.toString());
      }
    }
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /** Who the call was with; sanitised, the number isolated left-to-right. */
  public ReadOnlyStringProperty callerProperty() {
    return caller.getReadOnlyProperty();
  }

  public ObservableList<Disposition> dispositions() {
    return dispositions;
  }

  public ObjectProperty<@Nullable Disposition> dispositionProperty() {
    return disposition;
  }

  public StringProperty notesProperty() {
    return notes;
  }

  /** The tags the agent may choose. */
  public ObservableList<String> tags() {
    return tags;
  }

  /** The tags chosen. */
  public ObservableSet<String> chosenTags() {
    return chosenTags;
  }

  /** "Time left: 0:42" in timed modes; empty otherwise. */
  public ReadOnlyStringProperty countdownProperty() {
    return countdown.getReadOnlyProperty();
  }

  public ObservableBooleanValue canExtendProperty() {
    return canExtend;
  }

  /** Whether "done" is allowed: wrap-up pending, required fields filled, no early exit barred. */
  public ObservableBooleanValue canFinishProperty() {
    return canFinish;
  }

  public ObservableBooleanValue busyProperty() {
    return busy;
  }

  /** Why logging or finishing failed; empty when all is well. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The policy in force: whether a disposition or notes are required. */
  public ReadOnlyObjectProperty<@Nullable WrapUpPolicy> policyProperty() {
    return policy;
  }
}
