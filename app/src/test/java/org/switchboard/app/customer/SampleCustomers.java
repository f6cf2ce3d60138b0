package org.switchboard.app.customer;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;

/** Customers and numbers for the customer panel's tests and screenshots. */
public final class SampleCustomers {
  public static final PhoneNumber NUMBER = new PhoneNumber("+4930901820");
  public static final Instant LAST_CALL = Instant.parse("2025-03-14T09:05:00Z");

  private SampleCustomers() {}

  /** A full record: company, numbers, emails, tags, two interactions, two open items, a link. */
  public static Customer ada() {
    return new Customer(
        new CustomerId("hubspot", "501"),
        "Ada Lovelace",
        "Analytical Engines Ltd",
        List.of("+4930901820", "+44 20 7946 0958"),
        List.of("ada@engines.example"),
        List.of("VIP", "Renewal due"),
        List.of(
            new Interaction(
                LAST_CALL, "Grace", "Resolved", "Asked about the invoice for March.", "phone"),
            new Interaction(
                Instant.parse("2025-02-02T15:40:00Z"),
                "Alan",
                "Callback",
                "Wants a call back about the new contract.",
                "phone")),
        List.of(
            new OpenItem("T-1", OpenItemKind.TICKET, "Invoice shows the wrong VAT", "Open", null),
            new OpenItem("O-7", OpenItemKind.ORDER, "Difference Engine No. 2", "Shipped", null)),
        URI.create("https://app.hubspot.com/contacts/1/record/0-1/501"));
  }

  /** A customer known by name and company only. */
  public static Customer named(String id, String name, @Nullable String company) {
    return new Customer(
        new CustomerId("hubspot", id),
        name,
        company,
        List.of(NUMBER.value()),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /** {@code customer} with another record link. */
  public static Customer withLink(Customer customer, @Nullable URI link) {
    return new Customer(
        customer.id(),
        customer.name(),
        customer.company(),
        customer.phoneNumbers(),
        customer.emails(),
        customer.tags(),
        customer.recentInteractions(),
        customer.openItems(),
        link);
  }
}
