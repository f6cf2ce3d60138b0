package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreSettingsTest {
  @Test
  void aPasswordInTheUrlIsMaskedInEveryShownForm() {
    StoreSettings postgres =
        new StoreSettings(
            "jdbc:postgresql://db:5432/queue?user=acd&password=hunter2&ssl=true", null, "pw-9", 5);
    StoreSettings h2 =
        new StoreSettings("jdbc:h2:file:/var/q;USER=sa;PASSWORD=hunter2", null, null, 5);
    StoreSettings userInfo =
        new StoreSettings("jdbc:postgresql://acd:hunter2@db/queue", null, null, 5);

    assertThat(postgres.redactedUrl())
        .isEqualTo("jdbc:postgresql://db:5432/queue?user=acd&password=***&ssl=true");
    assertThat(h2.redactedUrl()).isEqualTo("jdbc:h2:file:/var/q;USER=sa;PASSWORD=***");
    assertThat(userInfo.redactedUrl()).isEqualTo("jdbc:postgresql://acd:***@db/queue");
    assertThat(postgres.toString()).doesNotContain("hunter2").doesNotContain("pw-9");
    assertThat(postgres.describe()).startsWith("store.url=jdbc:postgresql://db:5432/queue");
  }

  @Test
  void anEmptyUrlOrPoolIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> new StoreSettings(" ", null, null, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("store.url");
    assertThatThrownBy(() -> new StoreSettings("jdbc:h2:mem:x", null, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("store.pool-size");
  }
}
