package org.switchboard.app.provisioning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The last good copy of each provisioning document, as it was read, in the user's data directory
 * ({@code <data>/provisioning/file.json} and {@code url.json}): used while the file is invalid or
 * the URL fails. Blocking file I/O.
 */
final class LastGoodCopies {
  /** The two documents, each kept apart. */
  enum Kind {
    FILE("file.json"),
    URL("url.json");

    private final String fileName;

    Kind(String fileName) {
      this.fileName = fileName;
    }
  }

  private final Path directory;

  /**
   * @param directory where the copies live, created when first needed
   */
  LastGoodCopies(Path directory) {
    this.directory = directory;
  }

  /** Where the copy of {@code kind} is kept. */
  Path path(Kind kind) {
    return directory.resolve(kind.fileName);
  }

  /**
   * Keeps {@code json} as the last good {@code kind}, replacing the file atomically if possible.
   */
  void keep(Kind kind, byte[] json) throws IOException {
    Files.createDirectories(directory);
    Path target = path(kind);
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(temporary, json);
    try {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The last good {@code kind}, if one was kept. */
  Optional<byte[]> read(Kind kind) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(path(kind)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Drops the copy of {@code kind}: the administrator withdrew that document. */
  void forget(Kind kind) throws IOException {
    Files.deleteIfExists(path(kind));
  }
}
