package org.switchboard.queue.service.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Where one prompt's recording is: a file of a site's prompt directory or a resource of the
 * service's jar. The audio is a 16-bit PCM WAV file, which the audio engine plays at the call's
 * rate. A value: safe from any thread.
 *
 * @param name the prompt's name, e.g. {@code welcome}
 * @param language the language of the recording found (the fallback's, when the caller's had none);
 *     {@code music} for music on hold
 * @param source where the bytes are
 */
public record PromptAudio(String name, String language, URL source) {
  public PromptAudio {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(source, "source");
  }

  /** Opens the recording; the caller closes the stream. */
  public InputStream open() throws IOException {
    return source.openStream();
  }

  /**
   * The recording as a file, for players that read files: the file itself when it is one, else a
   * copy made once under {@code cacheDir} ({@code <cacheDir>/<language>/<name>.wav}, written
   * atomically so that concurrent callers never see half a file).
   *
   * @throws UncheckedIOException when the copy cannot be written
   */
  public Path asFile(Path cacheDir) {
    if ("file".equals(source.getProtocol())) {
      try {
        return Path.of(source.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("prompt " + name + " has a bad file URL: " + source, e);
      }
    }
    Path copy = cacheDir.resolve(language).resolve(name + ".wav");
    if (Files.isRegularFile(copy)) {
      return copy;
    }
    try {
      Path dir = Files.createDirectories(copy.toAbsolutePath().getParent());
      Path partial = Files.createTempFile(dir, name, ".part");
      try (InputStream in = open()) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot copy prompt " + language + "/" + name + " to " + copy, e);
    }
  }
}
