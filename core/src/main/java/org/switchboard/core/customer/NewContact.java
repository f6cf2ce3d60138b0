package org.switchboard.core.customer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.PhoneNumber;

/** What the agent types to create a contact for an unknown caller; the number is pre-filled. */
public record NewContact(
    PhoneNumber phone, String name, @Nullable String company, @Nullable String email) {
  public NewContact {
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return "NewContact[" + phone + "]";
  }
}
