package org.switchboard.audio.internal.sink;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes 8 kHz mono 16-bit PCM to a WAV file. The header is written with a zero length at once and
 * corrected on {@link #close()}, so a crash leaves a file most players still open.
 *
 * <p>Gaps in arrival (hold, packet loss) are filled with silence by wall clock, so the recording
 * keeps the call's timeline: see {@link #write(short[], int, long)}.
 *
 * <p>Thread-safe: {@code write} is called on libjitsi's RTP receive thread, {@code close} on the
 * sip-events thread; both lock this recorder. Never throws after construction: an I/O error is
 * logged once and the recording stops.
 */
public final class WavRecorder implements RecordingFile {
  private static final Logger LOG = LoggerFactory.getLogger(WavRecorder.class);
  private static final int HEADER_BYTES = 44;
  private static final int RATE = 8000;

  /** Arrival later than this behind the wall clock is a gap to fill with silence. */
  private static final long GAP_SAMPLES = RATE / 5;

  /** After a gap, the silence stops this much short of the wall clock, to absorb jitter. */
  private static final long JITTER_SAMPLES = RATE / 25;

  private final Path path;
  private @Nullable RandomAccessFile file;
  private long samplesWritten;
  private long firstNanos = -1;

  /**
   * Creates (or truncates) {@code path}, creating parent directories.
   *
   * @throws IOException when the file cannot be created
   */
  public WavRecorder(Path path) throws IOException {
    this.path = path;
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw");
    try {
      raf.setLength(0);
      raf.write(header(0));
    } catch (IOException e) {
      raf.close();
      throw e;
    }
    this.file = raf;
  }

  @Override
  public Path path() {
    return path;
  }

  /**
   * Appends {@code count} samples received at {@code nowNanos} ({@link System#nanoTime()}), first
   * padding with silence if the wall clock ran ahead by more than 200 ms since the recording began.
   */
  @Override
  public synchronized void write(short[] samples, int count, long nowNanos) {
    RandomAccessFile out = file;
    if (out == null) {
      return;
    }
    try {
      if (firstNanos < 0) {
        firstNanos = nowNanos;
      } else {
        long due = (nowNanos - firstNanos) * RATE / 1_000_000_000L;
        if (due - samplesWritten > GAP_SAMPLES) {
          writeSilence(out, due - JITTER_SAMPLES - samplesWritten);
        }
      }
      ByteBuffer bytes = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < count; i++) {
        bytes.putShort(samples[i]);
      }
      out.write(bytes.array());
      samplesWritten += count;
    } catch (IOException e) {
      LOG.warn("recording to {} failed; recording stops: {}", path, e.toString());
      closeQuietly();
    }
  }

  /** Finalises the header and closes the file. Idempotent; never throws. */
  @Override
  public synchronized void close() {
    RandomAccessFile out = file;
    if (out == null) {
      return;
    }
    try {
      out.seek(0);
      out.write(header(samplesWritten * 2));
    } catch (IOException e) {
      LOG.warn("cannot finalise WAV header of {}: {}", path, e.toString());
    }
    closeQuietly();
  }

  private void writeSilence(RandomAccessFile out, long samples) throws IOException {
    byte[] zeros = new byte[(int) Math.min(samples * 2, 1 << 16)];
    long left = samples * 2;
    while (left > 0) {
      int n = (int) Math.min(left, zeros.length);
      out.write(zeros, 0, n);
      left -= n;
    }
    samplesWritten += samples;
  }

  private void closeQuietly() {
    RandomAccessFile out = file;
    file = null;
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        LOG.warn("cannot close {}: {}", path, e.toString());
      }
    }
  }

  /** A canonical 44-byte RIFF/WAVE header for {@code dataBytes} of 8 kHz mono 16-bit PCM. */
  static byte[] header(long dataBytes) {
    int data = (int) Math.min(dataBytes, Integer.MAX_VALUE - HEADER_BYTES);
    ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    h.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + data);
    h.put(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '}).putInt(16);
    h.putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2);
    h.putShort((short) 2).putShort((short) 16);
    h.put(new byte[] {'d', 'a', 't', 'a'}).putInt(data);
    return h.array();
  }
}
