package org.switchboard.crm.internal.outbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox directory: {@code <hash of key>.json} per entry, written to a temporary file, forced
 * to disk and renamed over the old one, so a crash leaves either the old or the new entry, never
 * half of one. Unreadable entries are moved to {@code corrupt/}.
 */
final class EntryFiles {
  private static final Logger LOG = LoggerFactory.getLogger(EntryFiles.class);
  private static final String SUFFIX = ".json";
  private static final String TEMP_MARK = ".tmp-";

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
    Path target = fileFor(entry.record().key());
    Path temp = dir.resolve(target.getFileName() + TEMP_MARK + UUID.randomUUID());
    try (FileChannel channel =
        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(EntryJson.write(entry));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException notAtomic) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceDirectory();
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

  /** The rename must survive a power cut too: force the directory where the OS allows it. */
  private void forceDirectory() {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // Windows cannot open a directory as a channel; its renames are already durable enough.
    }
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
