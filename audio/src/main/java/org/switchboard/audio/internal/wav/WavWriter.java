package org.switchboard.audio.internal.wav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes 16-bit PCM to a WAV file: the header goes first with a zero length and is corrected by
 * {@link #finish()}, so a crash leaves a file most players still open. Not thread-safe: used by one
 * writer thread.
 */
final class WavWriter implements AutoCloseable {
  private static final int HEADER_BYTES = 44;

  private final FileChannel file;
  private final int channels;
  private final int sampleRate;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 14).order(ByteOrder.LITTLE_ENDIAN);
  private long dataBytes;

  /** Creates (or truncates) {@code path}, creating its directories. */
  WavWriter(Path path, int channels, int sampleRate) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.file =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    this.channels = channels;
    this.sampleRate = sampleRate;
    try {
      writeFully(header(0), 0);
    } catch (IOException e) {
      file.close();
      throw e;
    }
  }

  /** Appends one sample (of one channel; channels interleave in call order). */
  void put(short sample) throws IOException {
    if (!buffer.hasRemaining()) {
      flush();
    }
    buffer.putShort(sample);
  }

  /** Corrects the header's lengths and closes the file. */
  void finish() throws IOException {
    try {
      flush();
      writeFully(header(dataBytes), 0);
    } finally {
      file.close();
    }
  }

  @Override
  public void close() throws IOException {
    file.close();
  }

  private void flush() throws IOException {
    buffer.flip();
    int bytes = buffer.remaining();
    writeFully(buffer, HEADER_BYTES + dataBytes);
    dataBytes += bytes;
    buffer.clear();
  }

  private void writeFully(ByteBuffer bytes, long at) throws IOException {
    long position = at;
    while (bytes.hasRemaining()) {
      position += file.write(bytes, position);
    }
  }

  private ByteBuffer header(long data) {
    int size = (int) Math.min(data, 0xffff_ffffL - 36);
    int blockAlign = 2 * channels;
    ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    h.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + size);
    h.put(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '}).putInt(16);
    h.putShort((short) 1).putShort((short) channels).putInt(sampleRate);
    h.putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) 16);
    h.put(new byte[] {'d', 'a', 't', 'a'}).putInt(size);
    return h.flip();
  }
}
