package org.switchboard.audio.internal.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingWriterTest {
  @TempDir Path dir;

  @Test
  void writesOnItsOwnThreadAndFinalisesOnClose() throws Exception {
    Path path = dir.resolve("w.wav");
    String[] writerThread = new String[1];
    CountDownLatch written = new CountDownLatch(1);
    WavRecorder file = new WavRecorder(path);
    RecordingFile recorder =
        new Delegate(file) {
          @Override
          public void write(short[] samples, int count, long nowNanos) {
            writerThread[0] = Thread.currentThread().getName();
            super.write(samples, count, nowNanos);
            written.countDown();
          }
        };
    RecordingWriter writer = new RecordingWriter(recorder, "c7", Duration.ofSeconds(1));

    for (int i = 0; i < 50; i++) {
      writer.accept(new short[160], i * 20_000_000L);
    }
    assertThat(written.await(2, TimeUnit.SECONDS)).isTrue();
    writer.close();
    writer.close(); // idempotent

    assertThat(writerThread[0]).isEqualTo("switchboard-recorder-c7");
    assertThat(Files.size(path)).isEqualTo(44 + 50 * 160 * 2);
    assertThat(writer.dropped()).isZero();
  }

  @Test
  void dropsRatherThanBlocksWhenTheDiskFallsBehind() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    RecordingFile stuck =
        new Delegate(new WavRecorder(dir.resolve("slow.wav"))) {
          @Override
          public void write(short[] samples, int count, long nowNanos) {
            try {
              release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    RecordingWriter writer = new RecordingWriter(stuck, "slow", Duration.ofSeconds(2));
    long t0 = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      writer.accept(new short[160], i);
    }
    assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
    assertThat(writer.dropped()).isGreaterThanOrEqualTo(499);
    release.countDown();
    writer.close();
  }

  /** Passes everything to a real file; tests override {@code write}. */
  private static class Delegate implements RecordingFile {
    private final RecordingFile file;

    Delegate(RecordingFile file) {
      this.file = file;
    }

    @Override
    public Path path() {
      return file.path();
    }

    @Override
    public void write(short[] samples, int count, long nowNanos) {
      file.write(samples, count, nowNanos);
    }

    @Override
    public void close() {
      file.close();
    }
  }
}
