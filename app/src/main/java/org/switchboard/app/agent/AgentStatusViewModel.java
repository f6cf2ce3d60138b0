package org.switchboard.app.agent;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.AgentSnapshot;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.QueueFigures;
import org.switchboard.core.agent.RoutingState;

/**
 * The status bar's state: registration (see {@link RegistrationState}), presence and the presence
 * queued for after the call, the routing state with a timer, and the queue figures. Session and
 * registration events arrive on their own threads and are hopped to the UI through {@code ui};
 * every method here is called on the JavaFX application thread and the properties change only
 * there. The timer advances when the view calls {@link #tick()} (each second) and whenever the
 * routing state changes, reading the injected clock.
 */
public final class AgentStatusViewModel {
  private static final Logger log = LoggerFactory.getLogger(AgentStatusViewModel.class);

  private final AgentSession session;
  private final Localizer localizer;
  private final Executor ui;
  private final Clock clock;
  private final RegistrationState registration;
  private final QueueLinkState queueLink;
  private final ReadOnlyObjectWrapper<AgentSnapshot> snapshot;
  private final ReadOnlyStringWrapper timer = new ReadOnlyStringWrapper(this, "timer", "");
  private final ObservableList<PresenceChoice> choices = FXCollections.observableArrayList();
  private final ObservableList<PresenceChoice> readOnlyChoices =
      FXCollections.unmodifiableObservableList(choices);
  private final ObservableList<QueueLine> queues = FXCollections.observableArrayList();
  private final ObservableList<QueueLine> readOnlyQueues =
      FXCollections.unmodifiableObservableList(queues);
  // The refusal's reason as the session gave it (sanitised); "" when it gave none.
  private final ReadOnlyObjectWrapper<@Nullable String> problemReason =
      new ReadOnlyObjectWrapper<>(this, "problemReason");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ObjectBinding<Presence> presence;
  private final StringBinding presenceText;
  private final ObjectBinding<Tone> presenceTone;
  private final StringBinding nextPresenceText;
  private final ObjectBinding<RoutingState> routing;
  private final StringBinding routingText;
  private final StringBinding problem;
  private final BooleanBinding queuesVisible;
  private final BooleanBinding rightToLeft;
  private @Nullable Subscription agentSubscription;
  private long attempt;

  /**
   * @param ui runs session and registration events on the JavaFX thread ({@code
   *     Platform::runLater}; direct in tests)
   * @param clock reads the time for the routing timer
   */
  public AgentStatusViewModel(
      AgentSession session,
      AccountRegistration registration,
      Localizer localizer,
      Executor ui,
      Clock clock) {
    this(session, registration, QueueLink.standalone(), localizer, ui, clock);
  }

  /**
   * As above, with the queue service's link shown beside the registration.
   *
   * @param queueLink the queue service's link; {@link QueueLink#standalone()} without one
   */
  public AgentStatusViewModel(
      AgentSession session,
      AccountRegistration registration,
      QueueLink queueLink,
      Localizer localizer,
      Executor ui,
      Clock clock) {
    this.queueLink = new QueueLinkState(queueLink, localizer, ui);
    this.session = Objects.requireNonNull(session, "session");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.registration = new RegistrationState(registration, localizer, ui);
    this.snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot", session.snapshot());
    presence = Bindings.createObjectBinding(() -> snapshot.get().presence(), snapshot);
    presenceText =
        Bindings.createStringBinding(
            () -> PresenceText.of(presence.get(), localizer.language()),
            presence,
            localizer.languageProperty());
    presenceTone = Bindings.createObjectBinding(() -> PresenceText.tone(presence.get()), presence);
    nextPresenceText =
        Bindings.createStringBinding(this::nextText, snapshot, localizer.languageProperty());
    routing = Bindings.createObjectBinding(() -> snapshot.get().routing(), snapshot);
    routingText =
        Bindings.createStringBinding(
            () -> localizer.get("agent.routing." + routing.get().name()),
            routing,
            localizer.languageProperty());
    problem =
        Bindings.createStringBinding(
            this::problemText, problemReason, localizer.languageProperty());
    queuesVisible = Bindings.isNotEmpty(queues);
    rightToLeft =
        Bindings.createBooleanBinding(
            () -> localizer.language().rightToLeft(), localizer.languageProperty());
    localizer.languageProperty().addListener((o, old, now) -> refresh());
    refresh();
  }

  /** Starts following the session and the registration; shows the session's state at once. */
  public void start() {
    registration.start();
    queueLink.start();
    if (agentSubscription == null) {
      agentSubscription = session.addListener(s -> ui.execute(() -> show(s)));
      show(session.snapshot());
    }
  }

  /** Stops following them. */
  public void stop() {
    registration.stop();
    queueLink.stop();
    Subscription s = agentSubscription;
    agentSubscription = null;
    if (s != null) {
      s.close();
    }
  }

  /** Advances the routing timer to the clock's time; the view calls it each second. */
  public void tick() {
    Duration elapsed = Duration.between(snapshot.get().routingSince(), clock.instant());
    timer.set(ElapsedTime.format(elapsed, localizer.language()));
  }

  /**
   * Asks the session for {@code presence}. During a call the session queues it as the next
   * presence. A refusal is shown in {@link #problemProperty()}, never thrown.
   */
  public void changePresence(Presence wanted) {
    long mine = ++attempt;
    problemReason.set(null);
    busy.set(true);
    CompletableFuture<Void> asked;
    try {
      asked = session.changePresence(wanted);
    } catch (RuntimeException broken) { // against the port's contract, but never thrown at the UI
      asked = CompletableFuture.failedFuture(broken);
    }
    asked.whenComplete((ok, failure) -> ui.execute(() -> finished(mine, failure)));
  }

  /** The queue service's link; hidden for a standalone softphone. */
  public QueueLinkState queueLink() {
    return queueLink;
  }

  /** The registration half of the bar. */
  public RegistrationState registration() {
    return registration;
  }

  /** The session's latest state. */
  public ReadOnlyObjectProperty<AgentSnapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  public ObjectBinding<Presence> presenceProperty() {
    return presence;
  }

  /** "Ready", "Not ready: Break" or "Offline". */
  public StringBinding presenceTextProperty() {
    return presenceText;
  }

  public ObjectBinding<Tone> presenceToneProperty() {
    return presenceTone;
  }

  /** "After this call: Break" while a presence is queued, else empty. */
  public StringBinding nextPresenceTextProperty() {
    return nextPresenceText;
  }

  /** The presence menu: ready, each reason the session offers, offline. */
  public ObservableList<PresenceChoice> choices() {
    return readOnlyChoices;
  }

  public ObjectBinding<RoutingState> routingProperty() {
    return routing;
  }

  /** "Idle", "Ringing", "On call", "On hold" or "Wrap-up". */
  public StringBinding routingTextProperty() {
    return routingText;
  }

  /** How long the routing state has lasted, {@code mm:ss} or {@code h:mm:ss}, local digits. */
  public ReadOnlyStringProperty timerTextProperty() {
    return timer.getReadOnlyProperty();
  }

  /** One line per queue the agent may see; empty without a queue service. */
  public ObservableList<QueueLine> queues() {
    return readOnlyQueues;
  }

  /** Whether there are queue figures to show. */
  public BooleanBinding queuesVisibleProperty() {
    return queuesVisible;
  }

  /** Why the last presence change failed; empty when it did not. */
  public StringBinding problemProperty() {
    return problem;
  }

  /** Whether a presence change is on its way. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Whether the language is written right to left (the bar mirrors). */
  public BooleanBinding rightToLeftProperty() {
    return rightToLeft;
  }

  private void show(AgentSnapshot next) {
    snapshot.set(next);
    refresh();
  }

  /** Rebuilds what depends on the snapshot's lists or the language, and the timer. */
  private void refresh() {
    AgentSnapshot s = snapshot.get();
    Language language = localizer.language();
    List<PresenceChoice> menu = PresenceText.choices(s.reasons(), language);
    if (!menu.equals(choices)) {
      choices.setAll(menu);
    }
    List<QueueLine> lines = new ArrayList<>(s.queues().size());
    for (QueueFigures q : s.queues()) {
      lines.add(line(lines.size(), q, language));
    }
    if (!lines.equals(queues)) {
      queues.setAll(lines);
    }
    tick();
  }

  private QueueLine line(int index, QueueFigures q, Language language) {
    String text =
        Localizer.format(
            language,
            "agent.queue.line",
            SanitizedText.line(q.queue()),
            ElapsedTime.isolated(
                NumberFormat.getIntegerInstance(language.locale()).format(q.callsWaiting()),
                language),
            ElapsedTime.isolated(ElapsedTime.format(q.longestWait(), language), language));
    return new QueueLine("queue" + index, text, q.callsWaiting() > 0 ? Tone.WARNING : Tone.NEUTRAL);
  }

  private String nextText() {
    Presence next = snapshot.get().nextPresence();
    if (next == null) {
      return "";
    }
    Language language = localizer.language();
    String what =
        next instanceof Presence.NotReady
            ? PresenceText.reason(((Presence.NotReady) next).reason(), language)
            : PresenceText.of(next, language);
    return Localizer.format(language, "agent.presence.next", what);
  }

  private void finished(long which, @Nullable Throwable failure) {
    if (which != attempt) {
      return; // a later change superseded this one
    }
    busy.set(false);
    if (failure == null) {
      return;
    }
    Throwable inner = failure instanceof CompletionException ? failure.getCause() : null;
    Throwable cause = inner != null ? inner : failure;
    log.info("presence change refused: {}", cause.toString());
    problemReason.set(SanitizedText.line(cause.getMessage()));
  }

  private String problemText() {
    String reason = problemReason.get();
    if (reason == null) {
      return "";
    }
    return localizer.get(
        "agent.presence.changeFailed",
        reason.isEmpty() ? localizer.get("agent.presence.unknownFailure") : reason);
  }
}
