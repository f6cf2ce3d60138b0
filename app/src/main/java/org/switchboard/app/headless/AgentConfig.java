package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;

/**
 * Everything the headless agent needs to start, already validated, in domain types. Read by {@link
 * AgentConfigReader}; command-line overrides are applied with {@link #withOverrides}.
 */
public record AgentConfig(
    SipAccount account, Sip sip, Media media, @Nullable Crm crm, @Nullable Queue queue) {
  public AgentConfig {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(sip, "sip");
    Objects.requireNonNull(media, "media");
  }

  /** A configuration without a queue service. */
  public AgentConfig(SipAccount account, Sip sip, Media media, @Nullable Crm crm) {
    this(account, sip, media, crm, null);
  }

  /** A configuration without a CRM or a queue service. */
  public AgentConfig(SipAccount account, Sip sip, Media media) {
    this(account, sip, media, null, null);
  }

  /**
   * The queue service the agent signs in to (queue mode): presence, offers and wrap-ups go through
   * it.
   *
   * @param url the service's base URL, {@code http} or {@code https}
   * @param user the agent's id at the service (not the SIP user)
   * @param password the agent's API password
   * @param queues the queues to log in to; empty for all of the agent's queues
   */
  public record Queue(String url, String user, Secret password, List<String> queues) {
    public Queue {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      queues = List.copyOf(queues);
    }
  }

  /** Where the local SIP stack listens. */
  public record Sip(String listenAddress, int port, SipTransport transport) {}

  /** Where RTP is bound and where call audio comes from and goes to. */
  public record Media(
      String address, int rtpPortMin, int rtpPortMax, AudioSource source, AudioSink sink) {}

  /**
   * The CRM the agent looks callers up in and logs wrap-ups to.
   *
   * @param connector which connector: {@code local}, {@code rest}, {@code hubspot}, {@code
   *     salesforce}, {@code zendesk}, {@code dynamics} or {@code ldap}
   * @param dataDir where the call-log outbox (and the local directory's files) live
   * @param defaultRegion the ISO region for numbers signalled without a country code
   * @param agent the agent's name in call logs
   * @param options the connector's own settings, checked by the composition root; messages name
   *     them as {@code crm.options.<key>}
   */
  public record Crm(
      String connector,
      Path dataDir,
      String defaultRegion,
      Duration lookupTimeout,
      String agent,
      JsonNode options) {
    public Crm {
      Objects.requireNonNull(connector, "connector");
      Objects.requireNonNull(dataDir, "dataDir");
      Objects.requireNonNull(defaultRegion, "defaultRegion");
      Objects.requireNonNull(lookupTimeout, "lookupTimeout");
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(options, "options");
    }
  }

  /** This configuration with the command line's overrides applied. */
  public AgentConfig withOverrides(AgentOptions options) {
    SipAccount a = account;
    Sip s = sip;
    Media m = media;
    SipTransport transport = options.transport();
    if (transport != null) {
      a =
          new SipAccount(
              a.user(),
              a.domain(),
              a.displayName(),
              a.authUser(),
              a.password(),
              a.registrarHost(),
              a.registrarPort(),
              transport,
              a.registerExpirySeconds());
      s = new Sip(s.listenAddress(), s.port(), transport);
    }
    Integer port = options.sipPort();
    if (port != null) {
      s = new Sip(s.listenAddress(), port, s.transport());
    }
    AudioSource source = options.source();
    if (source != null) {
      m = new Media(m.address(), m.rtpPortMin(), m.rtpPortMax(), source, m.sink());
    }
    AudioSink sink = options.sink();
    if (sink != null) {
      m = new Media(m.address(), m.rtpPortMin(), m.rtpPortMax(), m.source(), sink);
    }
    return new AgentConfig(a, s, m, crm, queue);
  }
}
