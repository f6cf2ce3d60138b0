package org.switchboard.queue.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.switchboard.audio.MediaSettings;
import org.switchboard.audio.RtpMediaEngine;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.sip.SipListenSettings;
import org.switchboard.sip.SipUserAgent;

/**
 * An agent's desktop stack for the lab tests: our SIP user agent sending a steady tone and
 * recording what it hears, registered at the service's registrar.
 */
final class AgentPhone implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(20);

  final RtpMediaEngine media;
  final SipUserAgent sip;
  private final BlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();

  /**
   * @param sipPort this phone's SIP port; RTP uses the 50 ports from {@code rtpMin}
   * @param recording where what it hears goes ({@code {call}} becomes the call id)
   */
  AgentPhone(
      String address,
      int servicePort,
      String extension,
      String password,
      int sipPort,
      int rtpMin,
      double toneHz,
      Path recording)
      throws Exception {
    media =
        RtpMediaEngine.start(
            new MediaSettings(
                address,
                rtpMin,
                rtpMin + 49,
                new AudioSource.Tone(toneHz),
                new AudioSink.WavFile(recording)),
            null);
    sip =
        SipUserAgent.start(
            new SipAccount(
                extension,
                address,
                extension,
                extension,
                Secret.of(password),
                address,
                servicePort,
                SipTransport.UDP,
                300),
            new SipListenSettings(address, sipPort, SipTransport.UDP),
            media);
    sip.addCallListener(events::add);
    try {
      sip.register().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      close(); // the ports are free again for the next test
      throw e;
    }
  }

  /** The next event of {@code type}, skipping others; fails after 20 s. */
  <T extends CallEvent> T await(Class<T> type) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      CallEvent next = events.poll(100, TimeUnit.MILLISECONDS);
      if (type.isInstance(next)) {
        return type.cast(next);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT);
  }

  /** The events received and not yet awaited. */
  java.util.List<CallEvent> pending() {
    return java.util.List.copyOf(events);
  }

  @Override
  public void close() {
    sip.close();
    media.close();
  }
}
