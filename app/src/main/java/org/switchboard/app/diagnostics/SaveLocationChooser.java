package org.switchboard.app.diagnostics;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a file (a save dialog in the desktop; a stub in tests). */
@FunctionalInterface
public interface SaveLocationChooser {
  /**
   * Asks where to save, suggesting {@code suggested}. Called on the JavaFX thread; may show a modal
   * dialog.
   *
   * @return the chosen file; empty when the user cancelled
   */
  Optional<Path> choose(Path suggested);
}
