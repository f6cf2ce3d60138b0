package org.switchboard.queue.service.calls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.MediaPlane;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.centre.CentreListener;
import org.switchboard.queue.service.config.OutsideNumbers;
import org.switchboard.queue.service.config.ProxySettings;
import org.switchboard.queue.service.config.ServiceSettings;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.prompts.PromptLibrary;
import org.switchboard.queue.service.timing.ExecutorTimers;
import org.switchboard.sip.CallerIdentity;
import org.switchboard.sip.SipListenSettings;
import org.switchboard.sip.SipRegistrar;
import org.switchboard.sip.SipRegistrarSettings;
import org.switchboard.sip.SipServiceSettings;
import org.switchboard.sip.SipStartException;
import org.switchboard.sip.SipUserAgent;

/**
 * The service's SIP front end and media: a SIP user agent in service mode answering the entry
 * points' numbers, with a registrar for the agents' desktops (each agent's extension and SIP
 * password from the configuration) or, in proxy mode, reaching agents through an external proxy
 * (ADR 0031); the media plane, and the call flows on {@code queue-calls}.
 */
public final class ServiceTelephony implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceTelephony.class);

  /** The longest an HTTP thread waits for {@code queue-calls} to take a transfer. */
  private static final Duration CALLS_BOUND = Duration.ofSeconds(5);

  private final SipUserAgent sip;
  private final MediaPlane media;
  private final ExecutorService callsThread;
  private final ScheduledExecutorService timerThread;
  private final CallFlows flows;
  private final ServiceSettings settings;

  private ServiceTelephony(
      SipUserAgent sip,
      MediaPlane media,
      ExecutorService callsThread,
      ScheduledExecutorService timerThread,
      CallFlows flows,
      ServiceSettings settings) {
    this.settings = settings;
    this.sip = sip;
    this.media = media;
    this.callsThread = callsThread;
    this.timerThread = timerThread;
    this.flows = flows;
  }

  /**
   * Starts SIP and media for {@code settings}. The entry points' numbers are the users it answers
   * for ({@link #answerEntryPoints} keeps them to date after a reload).
   *
   * @param centre hands commands to the centre's thread
   * @throws IllegalStateException naming the setting when the SIP port or media ports are taken
   */
  public static ServiceTelephony start(
      ServiceSettings settings, Supplier<CentreDefinition> definition, CentreCommands centre) {
    Set<String> numbers = numbersOf(definition.get());
    MediaPlane media =
        MediaPlane.start(settings.sipAddress(), settings.rtpPortMin(), settings.rtpPortMax());
    SipUserAgent sip;
    try {
      sip = SipUserAgent.startService(sipSettings(settings, definition, numbers), media.engine());
    } catch (SipStartException | RuntimeException e) {
      media.close();
      throw new IllegalStateException(
          "service.sip: cannot listen on "
              + settings.sipAddress()
              + ":"
              + settings.sipPort()
              + ": "
              + e.getMessage(),
          e);
    }
    ExecutorService callsThread = Executors.newSingleThreadExecutor(r -> daemon(r, "queue-calls"));
    ScheduledExecutorService timerThread =
        Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "queue-call-timers"));
    String domain = settings.sipAddress() + ":" + sip.localPort();
    ProxySettings proxy = settings.proxy();
    CallFlows flows =
        new CallFlows(
            new CallFlows.Parts(
                sip,
                media,
                centre,
                definition,
                prompts(settings.prompts()),
                directory(settings.recordings().resolveSibling("prompt-cache")),
                directory(settings.recordings()),
                new ExecutorTimers(timerThread, callsThread),
                callsThread,
                proxy == null
                    ? agent -> "sip:" + agent.extension() + "@" + domain
                    : agent -> agentAtProxy(proxy, agent),
                // Agents see the customer's number, as a PBX presents it. Not through a proxy:
                // it checks the From against the service's own credentials.
                proxy == null
                    ? (target, headers, ani) -> callerShown(sip, target, headers, ani)
                    : (target, headers, ani) -> sip.dial(target, headers),
                CallEvent.Incoming::dialled,
                settings.outsideRingTimeout()));
    sip.addCallListener(flows);
    LOG.info(
        "SIP front end on {} answering {}; agents reached {}",
        domain,
        numbers,
        proxy == null ? "at its registrar" : "through the proxy " + proxy);
    return new ServiceTelephony(sip, media, callsThread, timerThread, flows, settings);
  }

  /**
   * The SIP side of the service: in proxy mode every call it places goes through the proxy (with
   * its credentials, the proxy's domain in its From) and it runs no registrar, the agents being
   * registered at the proxy; otherwise it is the registrar of its own address.
   */
  private static SipServiceSettings sipSettings(
      ServiceSettings settings, Supplier<CentreDefinition> definition, Set<String> numbers) {
    ProxySettings proxy = settings.proxy();
    SipServiceSettings service =
        SipServiceSettings.of(
                new SipListenSettings(settings.sipAddress(), settings.sipPort(), SipTransport.UDP),
                proxy == null ? settings.sipAddress() : proxy.domain(),
                numbers)
            // Each call leg takes an RTP/RTCP port pair: as many legs as the range holds.
            .withMaxLiveCalls(Math.max(1, (settings.rtpPortMax() - settings.rtpPortMin() + 1) / 2));
    if (proxy == null) {
      return service.withRegistrar(
          SipRegistrarSettings.defaults(extension -> sipPassword(definition, extension)));
    }
    service = service.withOutboundProxy(proxy.uri()).withServiceUser(proxy.user());
    return proxy.password().isEmpty()
        ? service
        : service.withProxyCredentials(proxy.user(), proxy.password());
  }

  /** Where an agent is reached through the proxy: their own address, else extension@domain. */
  private static String agentAtProxy(ProxySettings proxy, AgentDefinition agent) {
    String address = agent.sipAddress();
    return address != null ? address : proxy.addressOf(agent.extension());
  }

  /** The centre listener that turns offers into calls to agents; register it with the centre. */
  public CentreListener centreListener() {
    return flows;
  }

  private static CompletableFuture<CallId> callerShown(
      SipUserAgent sip, String target, Map<String, String> headers, String ani) {
    CallerIdentity caller = CallerIdentity.ofUntrusted(ani, null);
    return caller == null ? sip.dial(target, headers) : sip.dial(target, headers, caller);
  }

  /** The registrar agents' phones register with; empty when the service runs without one. */
  public Optional<SipRegistrar> registrar() {
    return sip.registrar();
  }

  /**
   * Starts a blind transfer of {@code interaction}'s customer, handled by {@code agent}, to the
   * outside number {@code target} (a number, or a SIP URI): dialled through the proxy in proxy
   * mode, via {@code service.sip.outsideRoute} when set. Called on an HTTP thread; waits for {@code
   * queue-calls} up to {@link #CALLS_BOUND}.
   *
   * @throws IllegalArgumentException the target cannot be dialled, saying why
   * @throws IllegalStateException the call is not with an agent, or is already being transferred
   */
  public void transferOut(String interaction, String agent, String target) {
    String uri = OutsideNumbers.uriFor(target, settings);
    onCallsThread(() -> flows.transferOut(interaction, agent, target, uri));
  }

  /**
   * Dials the outside number {@code target} (as {@link #transferOut} does) for the consult transfer
   * the centre has just opened on {@code interaction}, whose first agent is {@code agent}. Called
   * on an HTTP thread; waits for {@code queue-calls} up to {@link #CALLS_BOUND}.
   *
   * @throws IllegalArgumentException the target cannot be dialled, saying why
   * @throws IllegalStateException the call is not with an agent, or is already being transferred
   */
  public void consultOut(String interaction, String agent, String target) {
    String uri = OutsideNumbers.uriFor(target, settings);
    onCallsThread(() -> flows.consultOut(interaction, agent, target, uri));
  }

  /** Runs {@code start} on {@code queue-calls}; its non-null answer is why it refused. */
  private void onCallsThread(Supplier<@Nullable String> start) {
    String refusal;
    try {
      refusal =
          CompletableFuture.supplyAsync(start, callsThread)
              .get(CALLS_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
      throw new IllegalStateException("the calls thread did not take the transfer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the transfer", e);
    }
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
  }

  /**
   * Answers calls to the entry numbers of {@code definition} from now on (a reload added or removed
   * some); calls in progress go on. Any thread.
   */
  public void answerEntryPoints(CentreDefinition definition) {
    Set<String> numbers = numbersOf(definition);
    sip.answerFor(numbers);
    LOG.info("SIP front end now answering {}", numbers);
  }

  private static Set<String> numbersOf(CentreDefinition definition) {
    Set<String> numbers = new HashSet<>();
    for (EntryPoint entry : definition.entryPoints().values()) {
      numbers.addAll(entry.numbers());
    }
    return numbers;
  }

  /** The SIP port listened on. */
  public int sipPort() {
    return sip.localPort();
  }

  private static Optional<Secret> sipPassword(
      Supplier<CentreDefinition> definition, String extension) {
    return definition.get().agents().values().stream()
        .filter(a -> a.extension().equals(extension))
        .map(AgentDefinition::sipPassword)
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private static PromptLibrary prompts(Path site) {
    return Files.isDirectory(site)
        ? PromptLibrary.withSiteDirectory(site)
        : PromptLibrary.builtIn();
  }

  private static Path directory(Path path) {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + path, e);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread thread = new Thread(r, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Hangs up and stops SIP, media and the calls' threads. */
  @Override
  public void close() {
    sip.close();
    timerThread.shutdownNow();
    callsThread.shutdown();
    try {
      callsThread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    media.close();
  }
}
