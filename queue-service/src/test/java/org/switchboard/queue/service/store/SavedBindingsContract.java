package org.switchboard.queue.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

abstract class SavedBindingsContract extends StoreContract {
  private static final String PHONE = "sip:1001@127.0.0.1:16712;transport=udp";
  private static final String LAPTOP = "sip:1001@127.0.0.1:16713;transport=udp";

  private static SavedBindings.Binding binding(String user, String contact, int until) {
    return new SavedBindings.Binding(user, contact, at(0), at(until));
  }

  @Test
  void aUsersBindingsAreReplacedWholeAndOnlyUnexpiredOnesAreRead() {
    SavedBindings saved = new SavedBindings(database);
    saved.replace("1001", List.of(binding("1001", PHONE, 600), binding("1001", LAPTOP, 60)));
    saved.replace("1002", List.of(binding("1002", "sip:1002@127.0.0.1:16714", 30)));

    assertThat(saved.unexpired(at(45)))
        .containsExactly(binding("1001", PHONE, 600), binding("1001", LAPTOP, 60));

    saved.replace("1001", List.of(binding("1001", LAPTOP, 900)));
    assertThat(saved.unexpired(at(0)))
        .containsExactly(
            binding("1001", LAPTOP, 900), binding("1002", "sip:1002@127.0.0.1:16714", 30));

    saved.replace("1001", List.of());
    assertThat(saved.unexpired(at(0)))
        .extracting(SavedBindings.Binding::user)
        .containsExactly("1002");
  }

  @Test
  void bindingsOutliveAReopenOfTheStore() {
    new SavedBindings(database).replace("1001", List.of(binding("1001", PHONE, 600)));
    database.close();
    database = Database.open(settings);

    assertThat(new SavedBindings(database).unexpired(at(1)))
        .containsExactly(binding("1001", PHONE, 600));
  }
}
