package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One baresip peer of the lab: who it is, how to control it, and where its recordings go.
 *
 * @param user its SIP user (registered with the lab's Kamailio; auto-answers calls)
 * @param sipPort its SIP port on 127.0.0.1
 * @param controlPort its {@code ctrl_tcp} port on 127.0.0.1
 * @param toneHz the frequency of the sine it sends in every call
 * @param recordingDir where its {@code sndfile} module writes {@code dump-*-dec.wav} (what it
 *     heard) and {@code dump-*-enc.wav} (what it sent)
 */
public record BaresipPeer(
    String user, int sipPort, int controlPort, double toneHz, Path recordingDir) {

  /** Connects to the peer's control port. The caller closes the returned client. */
  public BaresipControl control() {
    return BaresipControl.connect("127.0.0.1", controlPort, Duration.ofSeconds(5));
  }

  /** The newest recording of what the peer heard, once it has stopped growing. */
  public Path latestReceivedRecording(Duration timeout) {
    return waitComplete(latest("-dec.wav"), timeout);
  }

  /** The newest recording of what the peer sent, once it has stopped growing. */
  public Path latestSentRecording(Duration timeout) {
    return waitComplete(latest("-enc.wav"), timeout);
  }

  /** Removes old recordings so that "latest" is unambiguous. */
  public void clearRecordings() {
    try (Stream<Path> files = Files.list(recordingDir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path latest(String suffix) {
    try (Stream<Path> files = Files.list(recordingDir)) {
      Optional<Path> newest =
          files
              .filter(f -> f.getFileName().toString().endsWith(suffix))
              .max(Comparator.comparing(f -> f.getFileName().toString()));
      return newest.orElseThrow(
          () ->
              new AssertionError("baresip " + user + " has no *" + suffix + " in " + recordingDir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path waitComplete(Path file, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long last = -1;
    try {
      while (System.nanoTime() < deadline) {
        long size = Files.size(file);
        if (size == last && size > 44) {
          return file;
        }
        last = size;
        Thread.sleep(300);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return file;
  }
}
