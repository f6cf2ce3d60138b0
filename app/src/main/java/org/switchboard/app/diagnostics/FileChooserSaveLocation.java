package org.switchboard.app.diagnostics;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;

/**
 * The system's save dialog for the diagnostics bundle, over the window that has the focus (the
 * settings window whose button was pressed). JavaFX application thread.
 */
public final class FileChooserSaveLocation implements SaveLocationChooser {
  private final Localizer text;

  public FileChooserSaveLocation(Localizer text) {
    this.text = text;
  }

  @Override
  public Optional<Path> choose(Path suggested) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(text.get("support.chooseTitle"));
    Path dir = suggested.getParent();
    if (dir != null && Files.isDirectory(dir)) {
      chooser.setInitialDirectory(dir.toFile());
    }
    Path name = suggested.getFileName();
    if (name != null) {
      chooser.setInitialFileName(name.toString());
    }
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
    File chosen = chooser.showSaveDialog(focusedWindow());
    return Optional.ofNullable(chosen).map(File::toPath);
  }

  private static @Nullable Window focusedWindow() {
    return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
  }
}
