package org.switchboard.queue.service.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.queue.service.store.StoreSettings;

@Timeout(60)
class TransferRecordsH2Test extends TransferRecordsContract {
  @TempDir Path dir;

  @Override
  StoreSettings freshStore() {
    return StoreSettings.embedded(dir.resolve("queue"));
  }
}
