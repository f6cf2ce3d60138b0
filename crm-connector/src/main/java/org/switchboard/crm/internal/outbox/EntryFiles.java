package org.switchboard.crm.internal.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.crm.internal.files.AtomicFile;

/**
 * The outbox directory: {@code <hash of key>.json} per entry, written to a temporary file, forced
 * to disk and renamed over the old one, so a crash leaves either the old or the new entry, never
 * half of one. Unreadable entries are moved to {@code corrupt/}.
 */
final class EntryFiles {
  private static final Logger LOG = LoggerFactory.getLogger(EntryFiles.class);
  private static final String SUFFIX = ".json";
  private static final String TEMP_MARK = AtomicFile.TEMP_MARK;

  private final Path dir;

  EntryFiles(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
  }

  Path dir() {
    return dir;
  }

  /** Every readable entry; removes torn temporary files and sets unreadable ones aside. */
  List<StoredEntry> loadAll() throws IOException {
    List<StoredEntry> entries = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.contains(TEMP_MARK)) {
          Files.deleteIfExists(file); // a write that never reached its rename
        } else if (name.endsWith(SUFFIX) && Files.isRegularFile(file)) {
          try {
            entries.add(EntryJson.read(Files.readAllBytes(file)));
          } catch (IOException unreadable) {
            setAside(file, unreadable);
          }
        }
      }
    }
    return entries;
  }

  void write(StoredEntry entry) throws IOException {
    AtomicFile.write(fileFor(entry.record().key()), EntryJson.write(entry));
  }

  void delete(String key) throws IOException {
    Files.deleteIfExists(fileFor(key));
    forceDirectory();
  }

  private void setAside(Path file, IOException why) {
    try {
      Path corrupt = Files.createDirectories(dir.resolve("corrupt"));
      Files.move(file, corrupt.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      LOG.warn(
          "outbox entry {} is unreadable ({}); moved to {}",
          file.getFileName(),
          why.getMessage(),
          corrupt);
    } catch (IOException cannotMove) {
      LOG.warn(
          "outbox entry {} is unreadable and cannot be moved: {}", file, cannotMove.toString());
    }
  }

  private void forceDirectory() {
    AtomicFile.forceDirectory(dir);
  }

  private Path fileFor(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(hash, 0, 16) + SUFFIX);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
    }
  }
}
