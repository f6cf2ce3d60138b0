package org.switchboard.app.boot;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.app.headless.Telephony;
import org.switchboard.app.headless.TelephonyStarter;
import org.switchboard.audio.MediaSettings;
import org.switchboard.audio.PulseAudioDevices;
import org.switchboard.audio.RtpMediaEngine;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaEngine;
import org.switchboard.core.media.MediaException;
import org.switchboard.sip.SipListenSettings;
import org.switchboard.sip.SipStartException;
import org.switchboard.sip.SipUserAgent;

/**
 * Starts the real adapters: the RTP media engine, then the JAIN-SIP user agent on top of it. Calls
 * with a device source or sink use the PulseAudio devices given, or (the headless agent) a
 * connection to the user's sound server made at start for them alone.
 */
final class AdapterTelephonyStarter implements TelephonyStarter {
  private static final Logger log = LoggerFactory.getLogger(AdapterTelephonyStarter.class);

  private final @Nullable PulseAudioDevices devices;
  private final boolean connectForDevices;

  /** The headless agent's: connects to the sound server only when the configuration needs it. */
  AdapterTelephonyStarter() {
    this.devices = null;
    this.connectForDevices = true;
  }

  /** The desktop's: calls use {@code devices} (null: there is no sound server). */
  AdapterTelephonyStarter(@Nullable PulseAudioDevices devices) {
    this.devices = devices;
    this.connectForDevices = false;
  }

  @Override
  public Telephony start(AgentConfig config) throws AgentFailure {
    AgentConfig.Media m = config.media();
    @Nullable PulseAudioDevices owned = usesDevices(m) && connectForDevices ? connect() : null;
    MediaEngine media;
    try {
      media =
          RtpMediaEngine.start(
              new MediaSettings(m.address(), m.rtpPortMin(), m.rtpPortMax(), m.source(), m.sink()),
              owned != null ? owned : devices);
    } catch (MediaException e) {
      closeQuietly(owned);
      throw mediaFailed(m, e);
    }
    Runnable closeMedia =
        () -> {
          try {
            media.close();
          } finally {
            closeQuietly(owned);
          }
        };
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
              closeMedia.run();
            }
          });
    } catch (SipStartException e) {
      closeMedia.run();
      throw sipFailed(listen, e);
    } catch (RuntimeException e) {
      closeMedia.run();
      throw e;
    }
  }

  private static boolean usesDevices(AgentConfig.Media m) {
    return m.source() instanceof AudioSource.Device || m.sink() instanceof AudioSink.Device;
  }

  /**
   * The user's sound server for a configuration with a device source or sink; null, with one
   * warning, when none answers (calls then fail naming the missing server).
   */
  private static @Nullable PulseAudioDevices connect() {
    try {
      return PulseAudioDevices.connect(null);
    } catch (MediaException e) {
      log.warn(
          "the audio source or sink is a device, but no sound server answers ({}); calls will"
              + " fail until a tone or WAV source and a WAV or no sink are configured",
          e.getMessage());
      return null;
    }
  }

  private static void closeQuietly(@Nullable PulseAudioDevices owned) {
    if (owned != null) {
      owned.close();
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
