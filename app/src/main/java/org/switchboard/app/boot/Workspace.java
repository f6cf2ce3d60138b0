package org.switchboard.app.boot;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.agent.AgentStatusView;
import org.switchboard.app.agent.AgentStatusViewModel;
import org.switchboard.app.call.CallDevicesViewModel;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallPanelView;
import org.switchboard.app.call.CallPanelViewModel;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.customer.CallerLookups;
import org.switchboard.app.customer.CustomerCardView;
import org.switchboard.app.customer.CustomerCardViewModel;
import org.switchboard.app.dial.DialerView;
import org.switchboard.app.dial.DialerViewModel;
import org.switchboard.app.dial.LinkConfirmationViewModel;
import org.switchboard.app.dial.LinkConfirmationWindow;
import org.switchboard.app.dial.LinkDialling;
import org.switchboard.app.dial.NumberNormaliser;
import org.switchboard.app.history.CallHistory;
import org.switchboard.app.history.HistoryView;
import org.switchboard.app.history.HistoryViewModel;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.incoming.AutoAnswer;
import org.switchboard.app.incoming.CallerSummary;
import org.switchboard.app.incoming.CustomerCardSummary;
import org.switchboard.app.incoming.IncomingCallViewModel;
import org.switchboard.app.incoming.IncomingCallWindow;
import org.switchboard.app.incoming.Ringer;
import org.switchboard.app.journal.OutboxView;
import org.switchboard.app.journal.OutboxViewModel;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.SettingsViewModel;
import org.switchboard.app.tones.CallTones;
import org.switchboard.app.tones.ToneRinger;
import org.switchboard.app.wrapup.NotesDrafts;
import org.switchboard.app.wrapup.WrapUpView;
import org.switchboard.app.wrapup.WrapUpViewModel;
import org.switchboard.core.Subscription;
import org.switchboard.core.agent.WrapUpPolicy;
import org.switchboard.core.call.CallId;

/**
 * The main window's content once the services run: the agent bar on top, dialling, history and the
 * CRM call log on one side, the calls and wrap-up in the middle, the customer card on the other
 * side; and the incoming-call notification in its own window. Builds every view model and view from
 * the running services. Used on the JavaFX application thread.
 */
final class Workspace {
  private final DesktopServices services;
  private final Localizer localizer;
  private final CallsModel calls;
  private final @Nullable CustomerCardViewModel card;
  private final @Nullable OutboxViewModel outbox;
  private final NotesDrafts drafts;
  private final DialerViewModel dialer;
  private final DialerView dialerView;
  private final LinkConfirmationViewModel linkConfirmation;
  private final LinkConfirmationWindow linkConfirmationWindow;
  private final HistoryViewModel history;
  private @Nullable TabPane tabs;
  // Set once the history exists; wrap-up is built before it.
  private java.util.function.BiConsumer<CallId, String> recordDisposition = (call, code) -> {};
  private final AgentStatusViewModel status;
  private final IncomingCallWindow incoming;
  private final ObjectProperty<@Nullable CallId> shownCall = new SimpleObjectProperty<>();
  private final java.util.Map<CallId, String> chosenByCall =
      new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<CallId, String> eldest) {
          return size() > 100;
        }
      };
  private final WrapUpViewModel wrapUp;
  private final List<Subscription> subscriptions = new ArrayList<>();
  private final List<Runnable> closers = new ArrayList<>();
  private final BorderPane root = new BorderPane();
  private final HBox toolbar;
  private final AudioParts audio;

  Workspace(
      DesktopServices services,
      DesktopSettings settings,
      DesktopEnvironment env,
      Localizer localizer,
      SettingsViewModel settingsVm,
      Executor io,
      Consumer<URI> browser,
      Stage stage,
      Runnable openSettings,
      AudioParts audio) {
    this.services = services;
    this.audio = audio;
    this.localizer = localizer;
    this.calls = new CallsModel(services.telephony().calls(), Platform::runLater, env.clock());
    ZoneId zone = env.clock().getZone();
    var crm = services.crm();
    this.card =
        crm == null
            ? null
            : new CustomerCardViewModel(crm.screenPop(), localizer, Platform::runLater, zone);
    this.outbox =
        crm == null
            ? null
            : new OutboxViewModel(crm.journal(), localizer, io, Platform::runLater, zone);
    this.status =
        new AgentStatusViewModel(
            services.agent(),
            services.telephony().registration(),
            services.queueLink(),
            localizer,
            Platform::runLater,
            env.clock());
    status.start();
    closers.add(status::stop);
    // A queue call's lookup uses the customer's number from the offer, not the service's From.
    CallerLookups lookups =
        new CallerLookups(services.agent(), Platform::runLater, this::popCustomer);
    lookups.start();
    closers.add(lookups::close);
    subscriptions.add(calls.onOffered(lookups::offered));
    if (card != null) {
      followChosenCustomer(card);
    }
    this.incoming = incoming(env);
    CallTones tones =
        new CallTones(
            calls,
            audio.tones(),
            settings.autoAnswer().mode() != AutoAnswerMode.OFF,
            Platform::runLater,
            Workspace::later);
    tones.start();
    closers.add(tones::close);
    AutoAnswer autoAnswer =
        new AutoAnswer(calls, settings.autoAnswer(), Workspace::later, tones::autoAnswering);
    closers.add(autoAnswer::close);
    this.drafts = new NotesDrafts(env.dataDir().resolve("drafts"));
    closers.add(drafts::close);
    this.wrapUp = wrapUp(settings, env, io, drafts);
    closers.add(wrapUp::stop);
    calls.start();
    if (outbox != null) {
      outbox.start();
    }
    root.setId("workspace");
    DesktopTestCall testCall = new DesktopTestCall(localizer, stage, audio, System.getenv());
    closers.add(testCall::close);
    this.toolbar =
        toolbar(openSettings, testCall::show, new AgentStatusView(status, localizer).root());
    root.setTop(toolbar);
    this.dialer =
        new DialerViewModel(
            calls, new NumberNormaliser(env.region()), localizer, Platform::runLater);
    this.dialerView = new DialerView(dialer, localizer);
    this.linkConfirmation = new LinkConfirmationViewModel(dialer, localizer);
    this.linkConfirmationWindow = new LinkConfirmationWindow(linkConfirmation, localizer, stage);
    closers.add(linkConfirmationWindow::close);
    Fonts.follow(linkConfirmationWindow.stage().getScene(), linkConfirmation.rightToLeftProperty());
    this.history =
        new HistoryViewModel(
            new CallHistory(env.dataDir()), calls, dialer, localizer, io, Platform::runLater, zone);
    history.start();
    closers.add(history::stop);
    recordDisposition = history::recordDisposition;
    // Three columns the agent can resize; at larger text sizes a wider window gives them room.
    SplitPane columns = new SplitPane(sideTabs(), center(env, io), customerPanel(browser));
    columns.setId("workspace-columns");
    columns.setDividerPositions(0.28, 0.70);
    root.setCenter(columns);
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(settingsVm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    services.telephony().registration().register();
  }

  Parent root() {
    return root;
  }

  CallsModel calls() {
    return calls;
  }

  /** The screen pop: shown the moment a call is offered, never delaying the ring. */
  private void popCustomer(CallEntry call, String number) {
    if (card == null) {
      return;
    }
    shownCall.set(call.id());
    card.show(call.id(), number);
  }

  private IncomingCallWindow incoming(DesktopEnvironment env) {
    CallerSummary summaries =
        card == null ? CallerSummary.none() : new CustomerCardSummary(card, shownCall, localizer);
    Ringer ringer = new ToneRinger(audio.tones());
    IncomingCallViewModel vm =
        new IncomingCallViewModel(
            calls, services.agent(), summaries, ringer, localizer, Platform::runLater, env.clock());
    vm.start();
    closers.add(vm::close);
    IncomingCallWindow window = new IncomingCallWindow(vm, localizer);
    closers.add(window::close);
    Fonts.follow(window.stage().getScene(), vm.rightToLeftProperty());
    return window;
  }

  /** The link handler a later start's {@code tel:}/{@code sip:} link goes to; it asks first. */
  LinkDialling linkDialling(Runnable bringForward) {
    return new LinkDialling(
        linkConfirmation,
        Platform::runLater,
        () -> {
          bringForward.run();
          if (tabs != null) {
            tabs.getSelectionModel().select(0);
          }
          dialerView.focusNumber();
        });
  }

  /** Shows {@code link} in the dialler and asks the agent whether to call it. */
  void askToDial(DialLink link) {
    if (tabs != null) {
      tabs.getSelectionModel().select(0);
    }
    linkConfirmation.ask(link);
  }

  /** The click-to-dial question's window, for tests. */
  LinkConfirmationWindow linkConfirmationWindow() {
    return linkConfirmationWindow;
  }

  /** The incoming-call notification, for tests. */
  IncomingCallWindow incomingWindow() {
    return incoming;
  }

  AgentStatusViewModel status() {
    return status;
  }

  /** Shows {@code notice} (the newer-version notice) in the toolbar, before the settings button. */
  void showInToolbar(Node notice) {
    toolbar.getChildren().add(toolbar.getChildren().size() - 1, notice);
  }

  private HBox toolbar(Runnable openSettings, Runnable openTestCall, Node agentBar) {
    Button testCallButton = new Button();
    testCallButton.setId("workspace-test-call");
    testCallButton.textProperty().bind(localizer.text("testcall.open"));
    testCallButton.setOnAction(e -> openTestCall.run());
    Button settingsButton = new Button();
    settingsButton.setId("workspace-settings");
    settingsButton.textProperty().bind(localizer.text("desktop.settings"));
    settingsButton.setOnAction(e -> openSettings.run());
    HBox.setHgrow(agentBar, Priority.ALWAYS);
    HBox bar = new HBox(8, agentBar, testCallButton, settingsButton);
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    bar.getStyleClass().add("workspace-toolbar");
    return bar;
  }

  private Node sideTabs() {
    TabPane tabs = new TabPane();
    tabs.setId("workspace-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Tab dial = new Tab();
    dial.setId("tab-dial");
    dial.textProperty().bind(localizer.text("desktop.tab.dial"));
    dial.setContent(dialerView.root());
    Tab recent = new Tab();
    recent.setId("tab-history");
    recent.textProperty().bind(localizer.text("desktop.tab.history"));
    recent.setContent(new HistoryView(history, localizer).root());
    tabs.getTabs().addAll(dial, recent);
    this.tabs = tabs;
    if (outbox != null) {
      Tab log = new Tab();
      log.textProperty().bind(localizer.text("outbox.title"));
      log.setContent(new OutboxView(outbox, localizer).root());
      tabs.getTabs().add(log);
    }
    tabs.setPrefWidth(340);
    return tabs;
  }

  /** Runs {@code action} on the JavaFX thread after {@code delay}. */
  private static void later(java.time.Duration delay, Runnable action) {
    PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
    wait.setOnFinished(e -> action.run());
    wait.play();
  }

  private Node center(DesktopEnvironment env, Executor io) {
    CallPanelViewModel panel =
        new CallPanelViewModel(
            calls, services.transfers(), localizer, Platform::runLater, env.clock());
    CallDevicesViewModel devices =
        new CallDevicesViewModel(
            audio.devices(), audio.routing(), localizer, io, Platform::runLater, Workspace::later);
    closers.add(devices::close);
    CallPanelView panelView = new CallPanelView(panel, devices, localizer);
    WrapUpView wrapUpView = new WrapUpView(wrapUp, localizer);
    closers.add(wrapUpView::stop);
    VBox box = new VBox(8, panelView.root(), wrapUpView.root());
    VBox.setVgrow(panelView.root(), Priority.ALWAYS);
    return box;
  }

  private WrapUpViewModel wrapUp(
      DesktopSettings settings, DesktopEnvironment env, Executor io, NotesDrafts drafts) {
    var crm = services.crm();
    WrapUpViewModel.Context context =
        new WrapUpViewModel.Context(
            crm == null ? null : crm.journal(),
            drafts,
            WrapUpPolicy.standalone(),
            services.agentName(),
            settings.account().user(),
            this::chosenCustomer,
            (call, code) -> recordDisposition.accept(call, code));
    WrapUpViewModel vm =
        new WrapUpViewModel(
            services.agent(), calls, context, localizer, io, Platform::runLater, env.clock());
    vm.start();
    return vm;
  }

  /**
   * The customer the agent chose on the card for {@code call}, as {@code source:value}; kept per
   * call, so a second call's card does not change the first call's record.
   */
  private @Nullable String chosenCustomer(CallId call) {
    return chosenByCall.get(call);
  }

  /** Remembers the card's chosen customer against the call the card is showing. */
  private void followChosenCustomer(CustomerCardViewModel shown) {
    shown
        .chosenCustomerProperty()
        .addListener(
            (o, old, now) -> {
              CallId call = shownCall.get();
              if (call != null) {
                shown
                    .chosenCustomerId()
                    .ifPresentOrElse(
                        id -> chosenByCall.put(call, id.source() + ":" + id.value()),
                        () -> chosenByCall.remove(call));
              }
            });
  }

  private Node customerPanel(Consumer<URI> browser) {
    if (card == null) {
      Label problem =
          new Label(localizer.get("desktop.crmProblem", String.valueOf(services.crmProblem())));
      problem.setId("workspace-crm-problem");
      problem.setWrapText(true);
      problem.setPrefWidth(320);
      return problem;
    }
    Parent view = new CustomerCardView(card, localizer, browser).root();
    if (view instanceof Region) {
      ((Region) view).setPrefWidth(360);
    }
    return view;
  }

  /** Stops the view models' listeners. The services are closed by the desktop. */
  void close() {
    subscriptions.forEach(Subscription::close);
    List<Runnable> reversed = new ArrayList<>(closers);
    java.util.Collections.reverse(reversed);
    reversed.forEach(Runnable::run);
    calls.stop();
    if (outbox != null) {
      outbox.stop();
    }
  }
}
