package org.switchboard.app.startup;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the login entry in line with the start-at-login setting: the composition root calls {@link
 * #update} once at every start (so an upgrade that moved the launcher rewrites the entry) and after
 * every save. The work runs on {@code io}; a failure is logged and retried at the next update.
 */
public final class StartAtLoginUpdater {
  private static final Logger log = LoggerFactory.getLogger(StartAtLoginUpdater.class);

  private final StartAtLogin entry;
  private final Executor io;
  // Only touched on io.
  private @Nullable Boolean applied;

  /**
   * @param io a serial background executor (file and process work)
   */
  public StartAtLoginUpdater(StartAtLogin entry, Executor io) {
    this.entry = Objects.requireNonNull(entry, "entry");
    this.io = Objects.requireNonNull(io, "io");
  }

  /**
   * Makes the entry match {@code enabled}, on {@code io}. The first update of a run always writes
   * (or removes) the entry; later ones only when the setting changed. Any thread.
   */
  public void update(boolean enabled) {
    io.execute(() -> apply(enabled));
  }

  private void apply(boolean enabled) {
    Boolean before = applied;
    if (before != null && before == enabled) {
      return;
    }
    try {
      entry.apply(enabled);
      applied = enabled;
      log.info("start at login: {}", enabled ? "on" : "off");
    } catch (IOException | RuntimeException e) {
      applied = null;
      log.warn("start at login could not be turned {}: {}", enabled ? "on" : "off", e.toString());
    }
  }
}
