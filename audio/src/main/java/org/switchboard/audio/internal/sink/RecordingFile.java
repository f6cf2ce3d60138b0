package org.switchboard.audio.internal.sink;

import java.nio.file.Path;

/**
 * A file that received audio (8 kHz mono, signed 16-bit) is appended to, such as a {@link
 * WavRecorder}. Never throws after it was opened: an I/O error stops the recording and is logged.
 */
public interface RecordingFile extends AutoCloseable {
  /** Where the audio goes. */
  Path path();

  /** Appends {@code count} samples that arrived at {@code nowNanos} ({@link System#nanoTime()}). */
  void write(short[] samples, int count, long nowNanos);

  /** Finishes the file. Idempotent; never throws. */
  @Override
  void close();
}
