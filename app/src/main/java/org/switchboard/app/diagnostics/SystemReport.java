package org.switchboard.app.diagnostics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The bundle's {@code system.txt}: what the bundle holds and leaves out, the app's version, the
 * machine's facts, where settings and data live, and the data directory's files with their sizes
 * only.
 */
final class SystemReport {
  private SystemReport() {}

  /**
   * @param notes what happened while making the bundle (a file too large, a file not JSON)
   */
  static String text(
      DiagnosticsSources sources,
      SystemFacts facts,
      Instant created,
      FileListing.Listing data,
      List<String> notes) {
    StringBuilder out = new StringBuilder();
    out.append("Switchboard diagnostics bundle\n")
        .append("created: ")
        .append(created)
        .append('\n')
        .append(
            "Holds the desktop's logs and settings files with passwords, tokens, keys and"
                + " customer data (numbers, SIP users, e-mail addresses, names) replaced.\n"
                + "Call history, wrap-up drafts, the CRM outbox and customer files are not"
                + " included; the data directory's files are listed below with their sizes.\n\n");
    facts(out, sources, facts);
    if (!notes.isEmpty()) {
      out.append("\nnotes:\n");
      notes.forEach(n -> out.append("  ").append(n).append('\n'));
    }
    listing(out, data);
    return out.toString();
  }

  private static void facts(StringBuilder out, DiagnosticsSources sources, SystemFacts facts) {
    line(out, "app version", sources.appVersion());
    line(out, "java", facts.javaVersion() + " (" + facts.javaVendor() + ")");
    line(out, "java.home", facts.javaHome());
    line(out, "os", facts.os());
    line(out, "locale", facts.locale());
    line(out, "default charset", facts.charset());
    line(out, "screens", String.valueOf(facts.screens()));
    line(out, "free disk", facts.freeDiskBytes() < 0 ? "unknown" : mb(facts.freeDiskBytes()));
    line(out, "settings directory", sources.settingsDir().toString());
    line(out, "data directory", sources.dataDir().toString());
    line(out, "provisioning file", present(sources.provisioningFile()));
  }

  private static void listing(StringBuilder out, FileListing.Listing data) {
    out.append("\nfiles in the data directory (sizes only):\n");
    if (data.files().isEmpty()) {
      out.append("  (none)\n");
    }
    for (FileListing.Entry f : data.files()) {
      out.append("  ")
          .append(f.path())
          .append("  ")
          .append(f.bytes() < 0 ? "?" : f.bytes() + " bytes")
          .append('\n');
    }
    if (data.cut()) {
      out.append("  … (more files not listed)\n");
    }
  }

  private static void line(StringBuilder out, String name, String value) {
    out.append(name).append(": ").append(value).append('\n');
  }

  private static String present(Path file) {
    return file + (Files.isRegularFile(file) ? " (present)" : " (absent)");
  }

  private static String mb(long bytes) {
    return (bytes / (1024 * 1024)) + " MB";
  }
}
