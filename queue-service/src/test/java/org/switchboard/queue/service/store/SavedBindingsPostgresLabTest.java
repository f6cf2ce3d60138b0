package org.switchboard.queue.service.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("lab")
@Timeout(120)
@ExtendWith(PostgresStores.class)
class SavedBindingsPostgresLabTest extends SavedBindingsContract {
  @Override
  StoreSettings freshStore() {
    return PostgresStores.freshStore();
  }
}
