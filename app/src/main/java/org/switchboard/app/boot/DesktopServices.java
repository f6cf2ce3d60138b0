package org.switchboard.app.boot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.agent.QueueLink;
import org.switchboard.app.call.DirectoryTransferTargets;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.CustomerServices;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.app.headless.Telephony;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.AutoAnswerSettings;
import org.switchboard.app.settings.ConnectionSettings;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.QueueSettings;
import org.switchboard.audio.PulseAudioDevices;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.agent.AgentSession;
import org.switchboard.core.agent.Presence;
import org.switchboard.core.agent.StandaloneAgentSession;
import org.switchboard.core.agent.TransferDirectory;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.agent.WrapUpPolicy;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.queue.client.QueueCallControl;
import org.switchboard.queue.client.QueueTransferTargets;

/**
 * The running services behind the workspace: telephony, the CRM side (absent when it could not
 * start: calls never wait for a CRM), the agent session and the transfer targets. With a queue
 * service set, the agent session is the queue service's ({@link DesktopQueue}, linked to the
 * telephony's calls); otherwise a {@link StandaloneAgentSession}.
 *
 * @param crmProblem why the CRM side did not start, or null
 * @param queue the queue service's side, or null for a standalone softphone
 */
record DesktopServices(
    Telephony telephony,
    @Nullable CustomerServices crm,
    @Nullable String crmProblem,
    AgentSession agent,
    @Nullable DesktopQueue queue,
    TransferDirectory transfers,
    String agentName,
    ExecutorService directoryWorker) {
  private static final Logger log = LoggerFactory.getLogger(DesktopServices.class);
  private static final int REGISTER_EXPIRY = 600;

  /**
   * Starts everything for {@code settings}, calls on {@code devices} (null without a sound server).
   * Blocking: call it off the JavaFX thread.
   *
   * @throws AgentFailure when the account is incomplete, its password is missing, or telephony
   *     cannot start; the message names the setting or the port
   */
  static DesktopServices start(
      DesktopSettings settings, DesktopEnvironment env, @Nullable PulseAudioDevices devices)
      throws AgentFailure {
    AccountSettings a = settings.account();
    SipAccount account =
        account(a, password(a, env))
            .withOptions(options(settings.connection(), settings.autoAnswer()));
    Telephony telephony = DesktopTelephony.start(account, env, devices);
    String agentName = a.displayName().isBlank() ? a.user() : a.displayName();
    CustomerServices crm = null;
    String crmProblem = null;
    try {
      crm = DesktopCrm.start(settings.crm(), env, agentName, env::secrets);
    } catch (AgentFailure | RuntimeException e) {
      crmProblem = String.valueOf(e.getMessage());
      log.warn("the CRM side did not start: {}", crmProblem);
    }
    DesktopQueue queue = queue(settings.queue(), env, telephony);
    if (queue != null) {
      // The service's calls are transferred through the service, not by SIP REFER.
      telephony =
          new Telephony(
              new QueueCallControl(telephony.calls(), queue.queueSession()),
              telephony.registration(),
              telephony.shutdown());
    }
    AgentSession agent =
        queue != null
            ? queue.session()
            : new StandaloneAgentSession(
                telephony.calls(),
                WrapUpPolicy.standalone(),
                StandaloneAgentSession.defaultReasons(),
                Presence.ready(),
                env.clock());
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "desktop-directory");
              t.setDaemon(true);
              return t;
            });
    TransferDirectory contacts =
        crm == null || crm.directory() == null
            ? text -> java.util.concurrent.CompletableFuture.completedFuture(List.of())
            : new DirectoryTransferTargets(
                List.of(), Objects.requireNonNull(crm.directory()), worker);
    TransferDirectory transfers =
        queue == null ? contacts : both(new QueueTransferTargets(queue.queueSession()), contacts);
    return new DesktopServices(
        telephony, crm, crmProblem, agent, queue, transfers, agentName, worker);
  }

  /** The queue's targets (queues, agents) first, then the contacts. */
  private static TransferDirectory both(TransferDirectory queue, TransferDirectory contacts) {
    return text ->
        queue
            .search(text)
            .thenCombine(
                contacts.search(text).exceptionally(failure -> List.of()),
                (first, second) -> {
                  List<TransferTarget> all = new java.util.ArrayList<>(first);
                  all.addAll(second);
                  return all;
                });
  }

  /** The queue link for the agent bar; standalone without a queue service. */
  QueueLink queueLink() {
    return queue == null ? QueueLink.standalone() : queue;
  }

  /** Stops everything (logging out of the queue service, bounded); never throws. */
  void close() {
    if (queue != null) {
      queue.close();
    } else if (agent instanceof StandaloneAgentSession) {
      ((StandaloneAgentSession) agent).close();
    }
    if (crm != null) {
      crm.shutdown().run();
    }
    directoryWorker.shutdownNow();
    telephony.shutdown().run();
  }

  /** The queue service's side when one is set; null (standalone) when none is or its URL is bad. */
  private static @Nullable DesktopQueue queue(
      QueueSettings settings, DesktopEnvironment env, Telephony telephony) {
    if (settings.isStandalone()) {
      return null;
    }
    try {
      return DesktopQueue.start(settings, env.secrets(), telephony.calls(), env.clock());
    } catch (IllegalArgumentException e) {
      log.warn("working as a standalone softphone: {}", e.getMessage());
      return null;
    }
  }

  private static Secret password(AccountSettings a, DesktopEnvironment env) throws AgentFailure {
    Optional<Secret> saved;
    try {
      saved = env.secrets().get(a.passwordKey());
    } catch (SecretStoreException e) {
      throw new AgentFailure(
          ExitCode.AUTHENTICATION, "Password: the keychain cannot be read: " + e.getMessage(), e);
    }
    return saved.orElseThrow(
        () ->
            new AgentFailure(
                ExitCode.AUTHENTICATION,
                "Password: none is saved in the keychain for this account"));
  }

  static SipAccount account(AccountSettings a, Secret password) throws AgentFailure {
    try {
      return new SipAccount(
          a.user(),
          a.domain().isBlank() ? a.host() : a.domain(),
          a.displayName(),
          a.authUser().isBlank() ? a.user() : a.authUser(),
          password,
          a.host(),
          a.port(),
          a.transport(),
          REGISTER_EXPIRY);
    } catch (IllegalArgumentException e) {
      throw new AgentFailure(ExitCode.USAGE, "Account: " + e.getMessage(), e);
    }
  }

  /**
   * The SIP options of the connection section; the server may ask for auto-answer unless the agent
   * turned auto-answer off.
   */
  static SipAccountOptions options(ConnectionSettings c, AutoAnswerSettings autoAnswer)
      throws AgentFailure {
    try {
      return c.toOptions(autoAnswer.mode() != AutoAnswerMode.OFF);
    } catch (IllegalArgumentException e) {
      throw new AgentFailure(ExitCode.USAGE, "Connection: " + e.getMessage(), e);
    }
  }
}
