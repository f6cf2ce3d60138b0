package org.switchboard.app.boot;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.DeviceChecks;

/**
 * INTERIM (issue 4): the device checks until the audio module's are wired in by the lead.
 *
 * <p>The settings screen's microphone meter, microphone test and test sound, through {@code
 * javax.sound}: the device is the mixer whose name contains the chosen device's name, else the
 * system default. Each check runs on its own short-lived daemon thread ({@code audio-check});
 * without audio devices (as in CI) the meter stays at zero and the test sound fails with a message.
 */
final class SoundAudioCheck implements DeviceChecks {
  private static final Logger log = LoggerFactory.getLogger(SoundAudioCheck.class);
  private static final AudioFormat FORMAT = new AudioFormat(8000f, 16, 1, true, false);

  /** Java Sound cannot listen to what a device plays; this interim check reports no level. */
  @Override
  public Subscription outputLevel(String deviceId, DoubleConsumer level) {
    return () -> {};
  }

  @Override
  public Subscription inputLevel(String deviceId, DoubleConsumer level) {
    AtomicBoolean running = new AtomicBoolean(true);
    Thread t =
        new Thread(
            () -> {
              try (TargetDataLine line = AudioSystem.getTargetDataLine(FORMAT, mixer(deviceId))) {
                line.open(FORMAT);
                line.start();
                byte[] frame = new byte[1600]; // 100 ms
                while (running.get()) {
                  int n = line.read(frame, 0, frame.length);
                  level.accept(rms(frame, n));
                }
              } catch (LineUnavailableException | IllegalArgumentException e) {
                log.info("microphone meter unavailable: {}", e.toString());
              }
            },
            "audio-check");
    t.setDaemon(true);
    t.start();
    return () -> running.set(false);
  }

  @Override
  public CompletableFuture<Void> microphoneTest(
      String captureId, String playbackId, Duration length) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                byte[] heard = record(captureId, length);
                play(playbackId, heard);
                done.complete(null);
              } catch (LineUnavailableException | IllegalArgumentException e) {
                done.completeExceptionally(
                    new IllegalStateException("the device cannot be used: " + e.getMessage()));
              }
            },
            "audio-check");
    t.setDaemon(true);
    t.start();
    return done;
  }

  private static byte[] record(String deviceId, Duration length) throws LineUnavailableException {
    try (TargetDataLine line = AudioSystem.getTargetDataLine(FORMAT, mixer(deviceId))) {
      line.open(FORMAT);
      line.start();
      long wanted = (long) (FORMAT.getSampleRate() * 2 * length.toMillis() / 1000);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] piece = new byte[1600];
      while (out.size() < wanted) {
        int n = line.read(piece, 0, piece.length);
        if (n <= 0) {
          break;
        }
        out.write(piece, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static void play(String deviceId, byte[] pcm) throws LineUnavailableException {
    try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT, mixer(deviceId))) {
      line.open(FORMAT);
      line.start();
      line.write(pcm, 0, pcm.length);
      line.drain();
    }
  }

  @Override
  public CompletableFuture<Void> speakerTest(String deviceId) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT, mixer(deviceId))) {
                line.open(FORMAT);
                line.start();
                byte[] tone = tone(440, 1.0);
                line.write(tone, 0, tone.length);
                line.drain();
                done.complete(null);
              } catch (LineUnavailableException | IllegalArgumentException e) {
                done.completeExceptionally(
                    new IllegalStateException("the device cannot play sound: " + e.getMessage()));
              }
            },
            "audio-check");
    t.setDaemon(true);
    t.start();
    return done;
  }

  private static Mixer.@Nullable Info mixer(String deviceId) {
    if (deviceId.isBlank()) {
      return null;
    }
    for (Mixer.Info m : AudioSystem.getMixerInfo()) {
      if (m.getName().contains(deviceId) || deviceId.contains(m.getName())) {
        return m;
      }
    }
    return null;
  }

  /** The root-mean-square level of 16-bit little-endian samples, 0 to 1. */
  static double rms(byte[] pcm, int length) {
    int samples = length / 2;
    if (samples == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < samples; i++) {
      int s = (pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8);
      sum += (double) s * s;
    }
    return Math.min(1.0, Math.sqrt(sum / samples) / 32768.0);
  }

  /** {@code seconds} of a sine at {@code hz}, half scale, 16-bit little-endian at 8 kHz. */
  static byte[] tone(double hz, double seconds) {
    int n = (int) (FORMAT.getSampleRate() * seconds);
    byte[] out = new byte[2 * n];
    for (int i = 0; i < n; i++) {
      short s = (short) (0.5 * 32767 * Math.sin(2 * Math.PI * hz * i / FORMAT.getSampleRate()));
      out[2 * i] = (byte) s;
      out[2 * i + 1] = (byte) (s >> 8);
    }
    return out;
  }
}
