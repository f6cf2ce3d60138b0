package org.switchboard.queue.service.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class SavedBindingsH2Test extends SavedBindingsContract {
  @TempDir Path dir;

  @Override
  StoreSettings freshStore() {
    return StoreSettings.embedded(dir.resolve("queue"));
  }
}
