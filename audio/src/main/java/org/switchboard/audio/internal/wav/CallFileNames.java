package org.switchboard.audio.internal.wav;

import java.nio.file.Path;
import org.switchboard.core.call.CallId;

/**
 * Turns a configured recording path into one call's path (moved here from {@code internal.sink}).
 * Thread-safe (stateless).
 */
public final class CallFileNames {
  /** The placeholder replaced by the call id. */
  public static final String PLACEHOLDER = "{call}";

  private CallFileNames() {}

  /**
   * Replaces every {@code {call}} in the file name of {@code template} by {@code call}'s id, made
   * safe for a file name (anything but letters, digits, '.', '-' and '_' becomes '_'). Directories
   * are left alone.
   */
  public static Path forCall(Path template, CallId call) {
    Path fileName = template.getFileName();
    if (fileName == null || !fileName.toString().contains(PLACEHOLDER)) {
      return template;
    }
    return template.resolveSibling(fileName.toString().replace(PLACEHOLDER, safe(call)));
  }

  /** {@code call}'s id with only letters, digits, '.', '-' and '_' (others become '_'). */
  static String safe(CallId call) {
    return call.value().replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
