package org.switchboard.app.boot;

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
 * Bob's phone for the queue-mode lab tests: our SIP user agent registered at the sample centre's
 * registrar ({@link QueueCentreLab}) as his extension 1002 on SIP port 16736 with RTP 42600-42649,
 * sending a 1500 Hz tone and recording what it hears.
 */
final class BobsPhone implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(20);

  final SipUserAgent sip;
  private final RtpMediaEngine media;
  private final BlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();

  /**
   * @param recording where what it hears goes ({@code {call}} becomes the call id)
   */
  BobsPhone(String address, Path recording) throws Exception {
    media =
        RtpMediaEngine.start(
            new MediaSettings(
                address,
                42500,
                42549,
                new AudioSource.Tone(1500),
                new AudioSink.WavFile(recording)),
            null);
    sip =
        SipUserAgent.start(
            new SipAccount(
                "1002",
                address,
                "1002",
                "1002",
                Secret.of("bob-phone"),
                address,
                QueueCentreLab.SIP_PORT,
                SipTransport.UDP,
                300),
            new SipListenSettings(address, 16736, SipTransport.UDP),
            media);
    sip.addCallListener(events::add);
    try {
      sip.register().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      close();
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

  @Override
  public void close() {
    sip.close();
    media.close();
  }
}
