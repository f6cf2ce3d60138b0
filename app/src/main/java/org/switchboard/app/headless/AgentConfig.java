package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;

/**
 * Everything the headless agent needs to start, already validated, in domain types. Read by {@link
 * AgentConfigReader}; command-line overrides are applied with {@link #withOverrides}.
 */
public record AgentConfig(SipAccount account, Sip sip, Media media, @Nullable Crm crm) {
  public AgentConfig {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(sip, "sip");
    Objects.requireNonNull(media, "media");
  }

  /** A configuration without a CRM. */
  public AgentConfig(SipAccount account, Sip sip, Media media) {
    this(account, sip, media, null);
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
    return new AgentConfig(a, s, m, crm);
  }
}
