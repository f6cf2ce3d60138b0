package org.switchboard.app.headless;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.call.CallId;

/**
 * The headless agent's life: options, configuration, telephony, registration (a bounded wait), the
 * command loop, and an orderly shutdown. Returns an exit code; never calls {@code System.exit}.
 * Failures print one line on standard error, {@code switchboard-agent: <cause>}, never a stack
 * trace.
 */
public final class HeadlessAgent {
  private static final Logger log = LoggerFactory.getLogger(HeadlessAgent.class);
  private static final String NAME = "switchboard-agent";

  private final TelephonyStarter starter;
  private final CrmStarter crmStarter;
  private final QueueStarter queueStarter;
  private final Consumer<String> applyLogLevel;
  private final Duration registerTimeout;
  private final Duration stepTimeout;

  /**
   * @param starter starts the SIP user agent and media engine
   * @param applyLogLevel sets the log level named by {@code --log-level}
   * @param registerTimeout how long to wait for the first registration
   * @param stepTimeout the bound on each shutdown step (hang-ups, un-REGISTER, stack shutdown)
   */
  public HeadlessAgent(
      TelephonyStarter starter,
      Consumer<String> applyLogLevel,
      Duration registerTimeout,
      Duration stepTimeout) {
    this(starter, CrmStarter.none(), applyLogLevel, registerTimeout, stepTimeout);
  }

  /**
   * @param crmStarter starts the CRM side when the configuration has a {@code crm} section
   */
  public HeadlessAgent(
      TelephonyStarter starter,
      CrmStarter crmStarter,
      Consumer<String> applyLogLevel,
      Duration registerTimeout,
      Duration stepTimeout) {
    this(starter, crmStarter, QueueStarter.none(), applyLogLevel, registerTimeout, stepTimeout);
  }

  /**
   * @param queueStarter starts the link to the queue service when the configuration has a {@code
   *     queue} section
   */
  public HeadlessAgent(
      TelephonyStarter starter,
      CrmStarter crmStarter,
      QueueStarter queueStarter,
      Consumer<String> applyLogLevel,
      Duration registerTimeout,
      Duration stepTimeout) {
    this.crmStarter = crmStarter;
    this.queueStarter = queueStarter;
    this.starter = starter;
    this.applyLogLevel = applyLogLevel;
    this.registerTimeout = registerTimeout;
    this.stepTimeout = stepTimeout;
  }

  /** Runs the agent with {@code args} and returns the process exit code. */
  public int run(
      List<String> args,
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr,
      Map<String, String> env) {
    try {
      AgentOptions options = AgentOptions.parse(args);
      if (options.help()) {
        stdout.print(AgentOptions.USAGE);
        stdout.flush();
        return ExitCode.OK.code();
      }
      String level = options.logLevel();
      if (level != null) {
        applyLogLevel.accept(level);
      }
      Path configFile = Objects.requireNonNull(options.config(), "config");
      AgentConfig config = new AgentConfigReader(env).read(configFile).withOverrides(options);
      return runWith(config, stdin, new EventWriter(stdout));
    } catch (AgentFailure e) {
      stderr.println(NAME + ": " + oneLine(e.getMessage()));
      stderr.flush();
      log.debug("failure", e);
      return e.exitCode().code();
    } catch (RuntimeException e) {
      stderr.println(NAME + ": unexpected error: " + oneLine(String.valueOf(e)));
      stderr.flush();
      log.debug("unexpected failure", e);
      return ExitCode.OTHER.code();
    }
  }

  private int runWith(AgentConfig config, InputStream stdin, EventWriter events)
      throws AgentFailure {
    AgentConfig.Crm crmConfig = config.crm();
    CustomerServices crm = crmConfig == null ? null : crmStarter.start(crmConfig);
    try {
      return runWith(config, crm, stdin, events);
    } finally {
      if (crm != null) {
        crm.shutdown().run();
      }
    }
  }

  private int runWith(
      AgentConfig config, @Nullable CustomerServices crm, InputStream stdin, EventWriter events)
      throws AgentFailure {
    Telephony telephony = starter.start(config);
    CallTracker tracker = new CallTracker();
    WrapUps wrapUps = new WrapUps(Clock.systemUTC(), config.account().user());
    CustomerEvents customers = crm == null ? null : new CustomerEvents(crm.screenPop(), events);
    WrapUpCommands wrapUpCommands =
        crm == null || config.crm() == null
            ? null
            : new WrapUpCommands(
                crm.journal(), wrapUps, config.crm().agent(), events, crm.signIn());
    AtomicBoolean startupOver = new AtomicBoolean();
    CountDownLatch registered = new CountDownLatch(1);
    CountDownLatch unregistered = new CountDownLatch(1);
    try (Subscription c =
            telephony
                .calls()
                .addCallListener(
                    event -> {
                      tracker.onCallEvent(event);
                      wrapUps.onCallEvent(event);
                      var line = EventJson.of(event);
                      if (line != null) {
                        events.write(line);
                      }
                      if (customers != null) {
                        customers.onCallEvent(event);
                      }
                    });
        Subscription o =
            crm == null
                ? () -> {}
                : crm.journal().onChange(entries -> events.write(CustomerEvents.outbox(entries)));
        Subscription r =
            telephony
                .registration()
                .addRegistrationListener(
                    event ->
                        onRegistration(event, events, startupOver, registered, unregistered))) {
      register(config, telephony, events);
      startupOver.set(true);
      // The port may complete the future before it delivers the Registered event; wait for the
      // event (briefly) so that "registered" is the first line a script reads.
      awaitQuietly(registered, "registered without a Registered event");
      QueueMode queue = QueueMode.start(queueStarter, config.queue(), telephony.calls(), events);
      try {
        readCommands(
            new CommandLoop(
                queue == null ? telephony.calls() : queue.phone(),
                tracker,
                events,
                wrapUpCommands,
                queue == null ? null : queue.commands()),
            stdin);
      } finally {
        if (queue != null) {
          queue.close();
        }
      }
      if (customers != null) {
        customers.closeAll();
      }
      hangUpAll(telephony, tracker);
      await(
          "un-REGISTER",
          () -> telephony.registration().unregister().get(stepTimeout(), TimeUnit.MILLISECONDS));
      // As with "registered": the future may complete before the event is delivered, and the
      // listener goes when this block ends, so wait (briefly) for the event to be written.
      awaitQuietly(unregistered, "unregistered without an Unregistered event");
    } catch (AgentFailure e) {
      shutDown(telephony);
      throw e;
    }
    shutDown(telephony);
    events.write(EventWriter.event("stopped"));
    return ExitCode.OK.code();
  }

  private static void onRegistration(
      RegistrationEvent event,
      EventWriter events,
      AtomicBoolean startupOver,
      CountDownLatch registered,
      CountDownLatch unregistered) {
    // During startup the main thread reports a failed registration (from the future, which may
    // complete before or after this event); afterwards failed refreshes are reported from here.
    if (event instanceof RegistrationEvent.Failed && !startupOver.get()) {
      return;
    }
    var line = EventJson.of(event);
    if (line != null) {
      events.write(line);
    }
    if (event instanceof RegistrationEvent.Registered) {
      registered.countDown();
    }
    if (event instanceof RegistrationEvent.Unregistered) {
      unregistered.countDown();
    }
  }

  private void awaitQuietly(CountDownLatch latch, String whenMissing) {
    try {
      if (!latch.await(stepTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        log.debug(whenMissing);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void register(AgentConfig config, Telephony telephony, EventWriter events)
      throws AgentFailure {
    try {
      telephony.registration().register().get(registerTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw reportFailure(
          RegistrationFailures.timedOut(config.account(), registerTimeout),
          "UNREACHABLE",
          0,
          "no answer from the registrar within " + registerTimeout.toSeconds() + " s",
          events);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RegistrationException re) {
        throw reportFailure(
            RegistrationFailures.of(config.account(), re),
            re.failure().name(),
            re.sipStatus(),
            String.valueOf(re.getMessage()),
            events);
      }
      throw reportFailure(
          RegistrationFailures.other(config.account(), cause),
          "REJECTED",
          0,
          String.valueOf(cause.getMessage()),
          events);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentFailure(ExitCode.OTHER, "interrupted while registering", e);
    }
  }

  /** Writes the {@code registration_failed} event and returns {@code failure}. */
  private static AgentFailure reportFailure(
      AgentFailure failure, String reason, int status, String message, EventWriter events) {
    events.write(EventJson.registrationFailed(reason, status, message));
    return failure;
  }

  private static void readCommands(CommandLoop loop, InputStream stdin) throws AgentFailure {
    BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    Thread reader = new Thread(() -> loop.run(in), "agent-stdin");
    reader.start();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentFailure(ExitCode.OTHER, "interrupted while reading commands", e);
    }
  }

  private void hangUpAll(Telephony telephony, CallTracker tracker) {
    List<CallId> calls = tracker.current();
    for (CallId call : calls) {
      await(
          "hang-up of " + call,
          () -> telephony.calls().hangup(call).get(stepTimeout(), TimeUnit.MILLISECONDS));
    }
    long deadline = System.nanoTime() + stepTimeout.toNanos();
    while (!tracker.current().isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void shutDown(Telephony telephony) {
    Thread closer = new Thread(telephony.shutdown(), "agent-shutdown");
    closer.setDaemon(true);
    closer.start();
    try {
      closer.join(stepTimeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (closer.isAlive()) {
      log.warn("the SIP stack did not shut down within {} s", stepTimeout.toSeconds());
    }
  }

  private long stepTimeout() {
    return stepTimeout.toMillis();
  }

  private static void await(String what, Step step) {
    try {
      step.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException e) {
      log.warn("{} timed out", what);
    } catch (ExecutionException | RuntimeException e) {
      log.warn("{} failed: {}", what, String.valueOf(e.getCause() == null ? e : e.getCause()));
    }
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  @FunctionalInterface
  private interface Step {
    void run() throws InterruptedException, ExecutionException, TimeoutException;
  }
}
