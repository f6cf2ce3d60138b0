package org.switchboard.queue.service.persistence;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.queue.service.store.PostgresStores;
import org.switchboard.queue.service.store.StoreSettings;

@Tag("lab")
@Timeout(120)
@ExtendWith(PostgresStores.class)
class TransferRecordsPostgresLabTest extends TransferRecordsContract {
  @Override
  StoreSettings freshStore() {
    return PostgresStores.freshStore();
  }
}
