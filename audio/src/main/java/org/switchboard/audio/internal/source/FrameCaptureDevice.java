package org.switchboard.audio.internal.source;

import java.io.IOException;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.control.FormatControl;
import javax.media.format.AudioFormat;
import javax.media.protocol.BufferTransferHandler;
import org.jitsi.impl.neomedia.codec.AbstractCodec2;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferCaptureDevice;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPushBufferStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A libjitsi capture device (an FMJ push data source) that plays a {@link FrameSource}: every 20 ms
 * it pushes 160 samples of 8 kHz mono signed 16-bit little-endian LPCM, the format PCMU's encoder
 * takes without resampling.
 *
 * <p>Threads: one {@code switchboard-source-<name>} daemon thread per started stream, paced by
 * {@link System#nanoTime()} against an absolute schedule so the rate does not drift; it calls the
 * FrameSource and libjitsi's transfer handler, which reads on that same thread. {@code start} and
 * {@code stop} come from libjitsi's threads.
 */
public final class FrameCaptureDevice extends AbstractPushBufferCaptureDevice {
  private static final long FRAME_NANOS = 20_000_000L;

  static final AudioFormat FORMAT =
      new AudioFormat(
          AudioFormat.LINEAR,
          FrameSource.SAMPLE_RATE,
          16,
          1,
          AudioFormat.LITTLE_ENDIAN,
          AudioFormat.SIGNED,
          Format.NOT_SPECIFIED,
          Format.NOT_SPECIFIED,
          Format.byteArray);

  private final FrameSource source;
  private final String name;

  public FrameCaptureDevice(FrameSource source, String name) {
    this.source = source;
    this.name = name;
  }

  @Override
  protected AbstractPushBufferStream<?> createStream(int streamIndex, FormatControl formatControl) {
    return new FrameStream(this, formatControl);
  }

  @Override
  protected Format[] getSupportedFormats(int streamIndex) {
    return new Format[] {FORMAT};
  }

  /** The push stream; its thread is the only caller of {@link FrameSource#nextFrame}. */
  private static final class FrameStream extends AbstractPushBufferStream<FrameCaptureDevice> {
    private static final Logger LOG = LoggerFactory.getLogger(FrameStream.class);

    private final short[] frame = new short[FrameSource.SAMPLES_PER_FRAME];
    private @Nullable Thread thread;
    private long sequence;

    FrameStream(FrameCaptureDevice device, FormatControl formatControl) {
      super(device, formatControl);
    }

    @Override
    public synchronized void start() throws IOException {
      super.start();
      if (thread == null) {
        Thread t = new Thread(this::pace, "switchboard-source-" + dataSource.name);
        t.setDaemon(true);
        thread = t;
        t.start();
      }
    }

    @Override
    public synchronized void stop() throws IOException {
      Thread t = thread;
      thread = null;
      if (t != null) {
        t.interrupt();
      }
      super.stop();
    }

    private synchronized boolean running() {
      return thread == Thread.currentThread();
    }

    private void pace() {
      long due = System.nanoTime();
      while (running()) {
        BufferTransferHandler handler = transferHandler;
        if (handler != null) {
          try {
            handler.transferData(this);
          } catch (RuntimeException e) {
            LOG.warn("libjitsi rejected a frame from {}: {}", dataSource.name, e.toString());
          }
        }
        due += FRAME_NANOS;
        long wait = due - System.nanoTime();
        if (wait < -10 * FRAME_NANOS) {
          due = System.nanoTime(); // fell far behind (suspended VM): resync, do not burst
        } else if (wait > 0) {
          try {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }

    @Override
    public void read(Buffer buffer) throws IOException {
      dataSource.source.nextFrame(frame);
      int length = frame.length * 2;
      byte[] data = AbstractCodec2.validateByteArraySize(buffer, length, false);
      for (int i = 0; i < frame.length; i++) {
        data[2 * i] = (byte) frame[i];
        data[2 * i + 1] = (byte) (frame[i] >> 8);
      }
      buffer.setFormat(FORMAT);
      buffer.setOffset(0);
      buffer.setLength(length);
      buffer.setSequenceNumber(sequence++);
      buffer.setTimeStamp(System.nanoTime());
      buffer.setFlags(Buffer.FLAG_SYSTEM_TIME | Buffer.FLAG_LIVE_DATA);
    }
  }
}
