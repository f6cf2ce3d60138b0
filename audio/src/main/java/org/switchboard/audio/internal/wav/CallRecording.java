package org.switchboard.audio.internal.wav;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.MediaException;

/**
 * Records both directions of one call into one stereo WAV at the call's codec rate: left what we
 * sent, right what we received. {@link #sent} and {@link #received} only copy the frame into a
 * bounded queue (10 s); one {@code switchboard-recorder-<call>} daemon thread pairs the frames
 * ({@link StereoPairing}) and writes, so a slow disk delays the file, never the call. When the
 * queue is full frames are dropped and counted.
 *
 * <p>Thread-safe: {@code sent}/{@code received} and the taps on the {@code switchboard-media-clock}
 * thread, {@link #close} from any thread; it returns at once and the writer thread finishes the
 * file. An I/O error while writing is logged once and ends the recording; the call goes on.
 */
public final class CallRecording implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallRecording.class);
  private static final int QUEUED_FRAMES = 1000; // 10 s of both directions

  private final Path path;
  private final BlockingQueue<Frame> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final int sampleRate;
  private volatile boolean closed;

  private CallRecording(Path path, int sampleRate, int capacity) {
    this.path = path;
    this.sampleRate = sampleRate;
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /**
   * Creates the call's file from {@code template} ({@code {call}} becomes the call id, see {@link
   * CallFileNames}) and starts its writer thread.
   *
   * @throws MediaException naming the file when it cannot be created
   */
  public static CallRecording start(Path template, CallId call, int sampleRate) {
    return start(template, call, sampleRate, QUEUED_FRAMES);
  }

  static CallRecording start(Path template, CallId call, int sampleRate, int capacity) {
    Path path = CallFileNames.forCall(template, call);
    WavWriter writer;
    try {
      writer = new WavWriter(partial(path), 2, sampleRate);
    } catch (IOException e) {
      throw new MediaException("cannot record the call to " + path + ": " + e, e);
    }
    CallRecording recording = new CallRecording(path, sampleRate, capacity);
    Thread thread =
        new Thread(
            () -> recording.writeUntilClosed(writer),
            "switchboard-recorder-" + CallFileNames.safe(call));
    thread.setDaemon(true);
    thread.start();
    return recording;
  }

  /**
   * Where the file is written until it is finished: beside it, with {@code .part} added, so that
   * the file under its own name is always a complete WAV (a player or a test never reads a
   * half-written header).
   */
  static Path partial(Path path) {
    return path.resolveSibling(path.getFileName() + ".part");
  }

  /** The file being written. */
  public Path path() {
    return path;
  }

  /** Queues a copy of a frame we sent (left channel). Never blocks. */
  public void sent(short[] frame) {
    offer(true, frame);
  }

  /** Queues a copy of a frame we received (right channel). Never blocks. */
  public void received(short[] frame) {
    offer(false, frame);
  }

  /** {@link #sent} as a {@link FrameOutput}; closing it does not end the recording. */
  public FrameOutput sentTap() {
    return new Tap(true);
  }

  /** {@link #received} as a {@link FrameOutput}; closing it does not end the recording. */
  public FrameOutput receivedTap() {
    return new Tap(false);
  }

  /** Frames dropped because the writer fell 10 s behind, or arrived after {@link #close}. */
  public long dropped() {
    return dropped.get();
  }

  /**
   * Ends the recording: returns at once; the writer thread writes what is queued and the header.
   */
  @Override
  public void close() {
    closed = true;
  }

  /** Waits at most {@code timeout} for the file to be complete after {@link #close}. */
  public boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void offer(boolean isSent, short[] frame) {
    if (closed || !queue.offer(new Frame(isSent, frame.clone()))) {
      dropped.incrementAndGet();
    }
  }

  private void writeUntilClosed(WavWriter writer) {
    StereoPairing pairing = new StereoPairing(writer);
    try (writer) {
      while (!closed || !queue.isEmpty()) {
        Frame frame = queue.poll(50, TimeUnit.MILLISECONDS);
        if (frame != null) {
          pairing.add(frame.sent, frame.samples);
        }
      }
      pairing.drain();
      writer.finish();
      writer.close();
      Files.move(
          partial(path), path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("recording to {} failed and stops: {}", path, e.toString());
      closed = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      queue.clear();
      finished.countDown();
      long lost = dropped.get();
      if (lost > 0) {
        LOG.warn("recording to {} dropped {} frames", path, lost);
      }
    }
  }

  /** One queued frame and its direction. */
  private static final class Frame {
    final boolean sent;
    final short[] samples;

    Frame(boolean sent, short[] samples) {
      this.sent = sent;
      this.samples = samples;
    }
  }

  /** One direction as a frame output. */
  private final class Tap implements FrameOutput {
    private final boolean isSent;

    Tap(boolean isSent) {
      this.isSent = isSent;
    }

    @Override
    public int sampleRate() {
      return sampleRate;
    }

    @Override
    public void write(short[] frame) {
      offer(isSent, frame);
    }

    @Override
    public void close() {
      // The recording ends with CallRecording.close, when both directions are done.
    }
  }
}
