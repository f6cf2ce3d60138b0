package org.switchboard.audio.internal.rtp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jitsi.service.neomedia.AudioMediaStream;
import org.jitsi.service.neomedia.DTMFMethod;
import org.jitsi.service.neomedia.DTMFTone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.media.MediaException;

/**
 * Plays DTMF digits as RFC 4733 events: each digit 100 ms, then 60 ms of pause. Digits are queued
 * on one {@code switchboard-dtmf} daemon thread per engine, so callers never wait for the tones.
 *
 * <p>Thread-safe.
 */
public final class DtmfPlayer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DtmfPlayer.class);
  private static final int TONE_MILLIS = 100;
  private static final int PAUSE_MILLIS = 60;
  private static final int VOLUME_DBM0 = 10;

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "switchboard-dtmf");
            t.setDaemon(true);
            return t;
          });

  /**
   * Queues {@code digits} (0-9, *, #, A-D) for {@code stream}.
   *
   * @throws MediaException when a digit is not a DTMF key or the player is closed
   */
  void play(AudioMediaStream stream, String digits) {
    List<DTMFTone> tones = new ArrayList<>();
    for (char c : digits.toUpperCase(Locale.ROOT).toCharArray()) {
      DTMFTone tone = DTMFTone.getDTMFTone(String.valueOf(c));
      if (tone == null) {
        throw new MediaException("not a DTMF digit: '" + c + "'");
      }
      tones.add(tone);
    }
    try {
      thread.execute(() -> playNow(stream, tones));
    } catch (RejectedExecutionException e) {
      throw new MediaException("media engine is closed", e);
    }
  }

  private static void playNow(AudioMediaStream stream, List<DTMFTone> tones) {
    try {
      for (DTMFTone tone : tones) {
        stream.startSendingDTMF(tone, DTMFMethod.RTP_DTMF, TONE_MILLIS, TONE_MILLIS, VOLUME_DBM0);
        Thread.sleep(TONE_MILLIS);
        stream.stopSendingDTMF(DTMFMethod.RTP_DTMF);
        Thread.sleep(PAUSE_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("sending DTMF failed: {}", e.toString());
    }
  }

  /** Stops the thread, dropping queued digits. Idempotent. */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
