package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class RecordingFilesTest {
  @TempDir Path dir;

  @Test
  void picksTheNewestRecordingWithTheSuffix() throws Exception {
    write("dump-2026-01-01-10-00-00-dec.wav");
    Path newest = write("dump-2026-01-01-10-00-05-dec.wav");
    write("dump-2026-01-01-10-00-09-enc.wav");

    assertThat(RecordingFiles.awaitNewest(dir, "-dec.wav", Duration.ofSeconds(5)))
        .isEqualTo(newest);
  }

  @Test
  void waitsForARecordingThatAppearsLater() throws Exception {
    CompletableFuture<Path> waiting =
        CompletableFuture.supplyAsync(
            () -> RecordingFiles.awaitNewest(dir, "-dec.wav", Duration.ofSeconds(5)));
    Thread.sleep(300);
    Path late = write("dump-late-dec.wav");

    assertThat(waiting.get()).isEqualTo(late);
  }

  @Test
  void waitsUntilARecordingStopsGrowing() throws Exception {
    Path growing = write("dump-growing-dec.wav");
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < 10; i++) {
                append(growing);
                sleep(100);
              }
            });

    RecordingFiles.awaitComplete(growing, Duration.ofSeconds(5));

    assertThat(writer).isDone();
  }

  @Test
  void failsWhenARecordingKeepsGrowing() throws Exception {
    Path growing = write("dump-growing-dec.wav");
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < 20; i++) {
                append(growing);
                sleep(100);
              }
            });

    assertThatThrownBy(() -> RecordingFiles.awaitComplete(growing, Duration.ofSeconds(1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("still changing")
        .hasMessageContaining("call that records it ended");
    writer.join();
  }

  @Test
  void failsNamingWhatTheDirectoryHolds() throws Exception {
    write("dump-x-enc.wav");

    assertThatThrownBy(() -> RecordingFiles.awaitNewest(dir, "-dec.wav", Duration.ofMillis(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no *-dec.wav")
        .hasMessageContaining("dump-x-enc.wav");
  }

  @Test
  void deletesAllRecordings() throws Exception {
    write("a.wav");
    write("b.wav");

    RecordingFiles.deleteAll(dir);
    RecordingFiles.deleteAll(dir.resolve("missing"));

    assertThat(dir).isEmptyDirectory();
  }

  private Path write(String name) throws Exception {
    return Files.write(dir.resolve(name), new byte[100]);
  }

  private static void append(Path file) {
    try {
      Files.write(file, new byte[160], StandardOpenOption.APPEND);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
