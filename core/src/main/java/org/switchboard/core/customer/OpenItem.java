package org.switchboard.core.customer;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An open ticket, case, order or deal of the customer's. Texts are untrusted input. */
public record OpenItem(
    String id, OpenItemKind kind, String title, @Nullable String status, @Nullable URI link) {
  public OpenItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
  }
}
