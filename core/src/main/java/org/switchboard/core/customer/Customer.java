package org.switchboard.core.customer;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer as the agent sees them on the card. Every text comes from an external directory and is
 * untrusted: views escape it and logs never show it.
 *
 * @param recordLink where the record opens in the browser; adapters only set https links on the
 *     configured host
 */
public record Customer(
    CustomerId id,
    String name,
    @Nullable String company,
    List<String> phoneNumbers,
    List<String> emails,
    List<String> tags,
    List<Interaction> recentInteractions,
    List<OpenItem> openItems,
    @Nullable URI recordLink) {
  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    phoneNumbers = List.copyOf(phoneNumbers);
    emails = List.copyOf(emails);
    tags = List.copyOf(tags);
    recentInteractions = List.copyOf(recentInteractions);
    openItems = List.copyOf(openItems);
  }

  /** A customer known only by id and name, for directories that hold nothing more. */
  public static Customer named(CustomerId id, String name) {
    return new Customer(
        id, name, null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
  }

  @Override
  public String toString() {
    return "Customer[" + id + "]";
  }
}
