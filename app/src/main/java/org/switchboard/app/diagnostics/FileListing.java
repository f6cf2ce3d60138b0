package org.switchboard.app.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under a directory with their sizes, never their contents: what the bundle says about
 * the call history, drafts, the CRM outbox and customer files. At most {@value #MOST} files,
 * {@value #DEEPEST} directories deep; links are not followed. Blocking file I/O.
 */
final class FileListing {
  static final int MOST = 2000;
  static final int DEEPEST = 6;

  /** One listed file: its path relative to the listed directory, with {@code /}, and its size. */
  record Entry(String path, long bytes) {}

  /** The listing and whether it stopped at {@value #MOST} files. */
  record Listing(List<Entry> files, boolean cut) {}

  private FileListing() {}

  /** The regular files under {@code dir}, sorted by path; empty when it does not exist. */
  static Listing of(Path dir) {
    List<Entry> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return new Listing(files, false);
    }
    boolean[] cut = {false};
    try (Stream<Path> walk = Files.walk(dir, DEEPEST)) {
      walk.filter(p -> !p.equals(dir))
          .sorted()
          .forEach(
              p -> {
                if (files.size() >= MOST) {
                  cut[0] = true;
                  return;
                }
                entry(dir, p, files);
              });
    } catch (IOException | RuntimeException e) {
      files.add(new Entry("(listing stopped: " + e.getClass().getSimpleName() + ")", -1));
    }
    return new Listing(files, cut[0]);
  }

  private static void entry(Path dir, Path p, List<Entry> files) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
      if (attributes.isRegularFile()) {
        files.add(new Entry(dir.relativize(p).toString().replace('\\', '/'), attributes.size()));
      }
    } catch (IOException e) {
      files.add(new Entry(dir.relativize(p).toString().replace('\\', '/'), -1));
    }
  }
}
