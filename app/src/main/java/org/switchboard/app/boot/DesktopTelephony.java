package org.switchboard.app.boot;

import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.Telephony;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;

/** Starts the desktop's SIP user agent and media engine for one account. */
final class DesktopTelephony {
  private DesktopTelephony() {}

  /**
   * Starts telephony for {@code account}, listening on the local address that reaches its
   * registrar. Blocking (about a second, mostly libjitsi): call it off the JavaFX thread.
   *
   * @param microphone the capture device id, null for the system default
   * @param speaker the playback device id, null for the system default
   * @throws AgentFailure naming the cause, e.g. the SIP port in use; nothing is left running then
   */
  static Telephony start(
      SipAccount account,
      DesktopEnvironment env,
      @org.jspecify.annotations.Nullable String microphone,
      @org.jspecify.annotations.Nullable String speaker)
      throws AgentFailure {
    String local = LocalAddress.towards(account.registrarHost(), account.registrarPort());
    AudioSource source = env.source() != null ? env.source() : new AudioSource.Device(microphone);
    AudioSink sink = env.sink() != null ? env.sink() : new AudioSink.Device(speaker);
    AgentConfig config =
        new AgentConfig(
            account,
            new AgentConfig.Sip(local, env.sipPort(), account.transport()),
            new AgentConfig.Media(local, env.rtpPortMin(), env.rtpPortMax(), source, sink));
    return new AdapterTelephonyStarter().start(config);
  }
}
