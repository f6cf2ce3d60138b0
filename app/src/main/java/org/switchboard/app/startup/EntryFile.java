package org.switchboard.app.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A login entry kept as a file (Linux, macOS): written whole or not at all, removed if there. */
final class EntryFile {
  private EntryFile() {}

  /** Writes {@code content} to {@code file} through a temporary file, creating its directory. */
  static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static void remove(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
