package org.switchboard.app.provisioning;

import java.util.Set;
import org.switchboard.app.settings.SettingLocks;

/**
 * Locks by path: a field is locked when its own path ({@code audio.microphone}) or its section's
 * ({@code audio}) is among {@code paths}.
 */
record PathLocks(Set<String> paths) implements SettingLocks {
  PathLocks {
    paths = Set.copyOf(paths);
  }

  @Override
  public boolean isLocked(String path) {
    int dot = path.indexOf('.');
    return paths.contains(path) || (dot > 0 && paths.contains(path.substring(0, dot)));
  }
}
