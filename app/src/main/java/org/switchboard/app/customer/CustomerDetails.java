package org.switchboard.app.customer;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.OpenItem;

/**
 * A customer as the card shows it: every CRM text sanitised ({@link SanitizedText}), dates
 * formatted for the language, and the record link only when it may be opened. Absent optional texts
 * are empty strings, which the view hides.
 *
 * @param recordLink the https link to the record, or null when there is none to open
 */
public record CustomerDetails(
    CustomerId id,
    String name,
    String company,
    List<String> phoneNumbers,
    List<String> emails,
    List<String> tags,
    List<InteractionLine> interactions,
    List<OpenItemLine> openItems,
    @Nullable URI recordLink) {

  /** One earlier contact: when (formatted), agent, disposition and notes. */
  public record InteractionLine(String when, String agent, String disposition, String notes) {}

  /** One open ticket, case, order or deal: its kind (localised), title and status. */
  public record OpenItemLine(String kind, String title, String status) {}

  public CustomerDetails {
    phoneNumbers = List.copyOf(phoneNumbers);
    emails = List.copyOf(emails);
    tags = List.copyOf(tags);
    interactions = List.copyOf(interactions);
    openItems = List.copyOf(openItems);
  }

  /** {@code customer} ready to show in {@code language}, times in {@code zone}. */
  public static CustomerDetails of(Customer customer, Language language, ZoneId zone) {
    return new CustomerDetails(
        customer.id(),
        SanitizedText.line(customer.name()),
        SanitizedText.line(customer.company()),
        lines(customer.phoneNumbers()),
        lines(customer.emails()),
        lines(customer.tags()),
        customer.recentInteractions().stream().map(i -> interaction(i, language, zone)).toList(),
        customer.openItems().stream().map(o -> openItem(o, language)).toList(),
        openable(customer.recordLink()) ? customer.recordLink() : null);
  }

  /**
   * Whether {@code link} may be opened in the browser: https with a host and no user-info part (so
   * {@code https://crm.example.com@evil.example} is refused).
   */
  public static boolean openable(@Nullable URI link) {
    return link != null
        && link.isAbsolute()
        && "https".equalsIgnoreCase(link.getScheme())
        && link.getHost() != null
        && !link.getHost().isEmpty()
        && link.getRawUserInfo() == null;
  }

  /** Date and time in {@code language}'s style and digits, e.g. "Mar 14, 2025, 10:05 AM". */
  static String dateTime(Instant at, Language language, ZoneId zone) {
    Locale locale = language.locale();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .withZone(zone)
        .format(at);
  }

  private static List<String> lines(List<String> texts) {
    return texts.stream().map(SanitizedText::line).filter(s -> !s.isEmpty()).toList();
  }

  private static InteractionLine interaction(Interaction i, Language language, ZoneId zone) {
    return new InteractionLine(
        dateTime(i.at(), language, zone),
        SanitizedText.line(i.agent()),
        SanitizedText.line(i.disposition()),
        SanitizedText.block(i.notes()));
  }

  private static OpenItemLine openItem(OpenItem item, Language language) {
    return new OpenItemLine(
        Localizer.format(language, "customer.kind." + item.kind().name()),
        SanitizedText.line(item.title()),
        SanitizedText.line(item.status()));
  }
}
