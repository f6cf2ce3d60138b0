package org.switchboard.app.boot;

import org.jspecify.annotations.Nullable;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.Telephony;
import org.switchboard.audio.PulseAudioDevices;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;

/** Starts the desktop's SIP user agent and media engine for one account. */
final class DesktopTelephony {
  private DesktopTelephony() {}

  /**
   * Starts telephony for {@code account}, listening on the local address that reaches its
   * registrar. Blocking (the registration round trip): call it off the JavaFX thread. Calls capture
   * and play through the device routing (the agent's preferences, hot-plugging, switches).
   *
   * @param devices the sound server's devices, null without one (then only the environment's test
   *     source and sink work; a device call fails naming the missing server)
   * @throws AgentFailure naming the cause, e.g. the SIP port in use; nothing is left running then
   */
  static Telephony start(
      SipAccount account, DesktopEnvironment env, @Nullable PulseAudioDevices devices)
      throws AgentFailure {
    String local = LocalAddress.towards(account.registrarHost(), account.registrarPort());
    AudioSource source = env.source() != null ? env.source() : new AudioSource.Device(null);
    AudioSink sink = env.sink() != null ? env.sink() : new AudioSink.Device(null);
    AgentConfig config =
        new AgentConfig(
            account,
            new AgentConfig.Sip(local, env.sipPort(), account.transport()),
            new AgentConfig.Media(local, env.rtpPortMin(), env.rtpPortMax(), source, sink));
    return new AdapterTelephonyStarter(devices).start(config);
  }
}
