package org.switchboard.app.boot;

import java.util.Locale;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.app.headless.Telephony;
import org.switchboard.app.headless.TelephonyStarter;
import org.switchboard.audio.MediaSettings;
import org.switchboard.audio.RtpMediaEngine;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.core.media.MediaException;
import org.switchboard.sip.SipListenSettings;
import org.switchboard.sip.SipStartException;
import org.switchboard.sip.SipUserAgent;

/** Starts the real adapters: the RTP media engine, then the JAIN-SIP user agent on top of it. */
final class AdapterTelephonyStarter implements TelephonyStarter {
  @Override
  public Telephony start(AgentConfig config) throws AgentFailure {
    AgentConfig.Media m = config.media();
    MediaEngine media;
    try {
      media =
          RtpMediaEngine.start(
              new MediaSettings(m.address(), m.rtpPortMin(), m.rtpPortMax(), m.source(), m.sink()),
              null);
    } catch (MediaException e) {
      throw mediaFailed(m, e);
    }
    SipListenSettings listen =
        new SipListenSettings(
            config.sip().listenAddress(), config.sip().port(), config.sip().transport());
    try {
      SipUserAgent agent = SipUserAgent.start(config.account(), listen, media);
      return new Telephony(
          agent,
          agent,
          () -> {
            try {
              agent.close();
            } finally {
              media.close();
            }
          });
    } catch (SipStartException e) {
      media.close();
      throw sipFailed(listen, e);
    } catch (RuntimeException e) {
      media.close();
      throw e;
    }
  }

  /** The user's line for a SIP stack that cannot start, e.g. its port is in use. */
  static AgentFailure sipFailed(SipListenSettings listen, SipStartException e) {
    String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new AgentFailure(
        ExitCode.LOCAL,
        "cannot start SIP on "
            + listen.address()
            + ":"
            + listen.port()
            + "/"
            + listen.transport().name().toLowerCase(Locale.ROOT)
            + ": "
            + cause,
        e);
  }

  /** The user's line for a media engine that cannot start, e.g. no free RTP port. */
  static AgentFailure mediaFailed(AgentConfig.Media m, MediaException e) {
    String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new AgentFailure(
        ExitCode.LOCAL,
        "cannot start media on "
            + m.address()
            + " (RTP ports "
            + m.rtpPortMin()
            + "-"
            + m.rtpPortMax()
            + "): "
            + cause,
        e);
  }
}
