package org.switchboard.app.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file where the running instance records its loopback port and the token a second start must
 * present: one line {@code <port> <token>}, readable by the user only. Written atomically (a
 * temporary file moved into place), so a reader sees the old line or the new one.
 */
record PortFile(int port, String token) {
  private static final Pattern LINE = Pattern.compile("([0-9]{1,5}) ([A-Za-z0-9_-]{16,128})\\s*");

  /** The recorded port and token, or empty when the file is missing or not in this form. */
  static Optional<PortFile> read(Path file) {
    try {
      if (Files.size(file) > 256) {
        return Optional.empty();
      }
      Matcher m = LINE.matcher(Files.readString(file, StandardCharsets.US_ASCII));
      if (!m.matches()) {
        return Optional.empty();
      }
      int port = Integer.parseInt(m.group(1));
      return port >= 1 && port <= 65535
          ? Optional.of(new PortFile(port, m.group(2)))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Records this port and token in {@code file}, replacing what was there. */
  void write(Path file) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temporary);
    createPrivate(temporary);
    Files.writeString(temporary, port + " " + token + "\n", StandardCharsets.US_ASCII);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Creates {@code file} readable and writable by its owner only, where the file system can. */
  static void createPrivate(Path file) throws IOException {
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException alreadyThere) {
      // Kept as it is: only a file we create gets new permissions.
    }
  }

  @Override
  public String toString() {
    return "PortFile[" + port + ", <token>]";
  }
}
