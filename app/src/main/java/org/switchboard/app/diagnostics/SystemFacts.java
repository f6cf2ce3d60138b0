package org.switchboard.app.diagnostics;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What IT asks about the machine first: Java, the operating system, the locale and character set,
 * the screens and the free disk space.
 *
 * @param screens the number of screens; 0 when there is no display
 * @param freeDiskBytes free space where the data directory is; -1 when unknown
 */
record SystemFacts(
    String javaVersion,
    String javaVendor,
    String javaHome,
    String os,
    String locale,
    String charset,
    int screens,
    long freeDiskBytes) {

  /** This machine, looking at the disk that holds {@code dataDir} (or its nearest parent). */
  static SystemFacts ofThisMachine(Path dataDir) {
    return new SystemFacts(
        System.getProperty("java.version", "?"),
        System.getProperty("java.vendor", "?"),
        System.getProperty("java.home", "?"),
        System.getProperty("os.name", "?")
            + " "
            + System.getProperty("os.version", "?")
            + " "
            + System.getProperty("os.arch", "?"),
        Locale.getDefault().toLanguageTag(),
        Charset.defaultCharset().name(),
        screenCount(),
        freeDisk(dataDir));
  }

  private static int screenCount() {
    if (GraphicsEnvironment.isHeadless()) {
      return 0;
    }
    try {
      return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length;
    } catch (RuntimeException | java.awt.AWTError e) { // no display reachable after all
      return 0;
    }
  }

  private static long freeDisk(Path dataDir) {
    for (Path p = dataDir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        try {
          return Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
          return -1;
        }
      }
    }
    return -1;
  }
}
