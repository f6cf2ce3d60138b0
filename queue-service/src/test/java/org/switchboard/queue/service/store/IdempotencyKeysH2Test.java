package org.switchboard.queue.service.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class IdempotencyKeysH2Test extends IdempotencyKeysContract {
  @TempDir Path dir;

  @Override
  StoreSettings freshStore() {
    return StoreSettings.embedded(dir.resolve("queue"));
  }
}
