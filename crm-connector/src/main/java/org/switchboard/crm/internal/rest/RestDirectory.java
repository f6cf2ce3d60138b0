package org.switchboard.crm.internal.rest;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.NewContact;
import org.switchboard.crm.GenericRestSettings;
import org.switchboard.crm.internal.http.Credentials;
import org.switchboard.crm.internal.http.CrmCallFailure;
import org.switchboard.crm.internal.http.CrmHttp;
import org.switchboard.crm.internal.http.JsonResponse;
import org.switchboard.crm.internal.http.LogLabel;

/**
 * Customers from an in-house CRM through the configured templates ({@code crm.rest.lookupUrl},
 * {@code nameSearchUrl}, {@code createUrl}) and pointers ({@link CustomerMapping}). Blocking; the
 * screen pop calls it on its lookup workers.
 */
public final class RestDirectory implements CustomerDirectory {
  static final String SOURCE = "rest";

  private final CrmHttp http;
  private final Credentials credentials;
  private final UrlTemplate lookup;
  private final @Nullable UrlTemplate nameSearch;
  private final @Nullable UrlTemplate create;
  private final BodyMapping createBody;
  private final CustomerMapping mapping;

  /**
   * @throws IllegalArgumentException naming the {@code crm.rest.*} setting that is unusable
   */
  public RestDirectory(CrmHttp http, Credentials credentials, GenericRestSettings settings) {
    this.http = http;
    this.credentials = credentials;
    this.lookup = UrlTemplate.parse("crm.rest.lookupUrl", settings.lookupUrl(), Set.of("number"));
    String search = settings.nameSearchUrl();
    this.nameSearch =
        search == null ? null : UrlTemplate.parse("crm.rest.nameSearchUrl", search, Set.of("text"));
    String createUrl = settings.createUrl();
    this.create =
        createUrl == null ? null : UrlTemplate.parse("crm.rest.createUrl", createUrl, Set.of());
    this.createBody =
        new BodyMapping(
            "crm.rest.createBody", settings.createBody(), GenericRestSettings.CREATE_FIELDS);
    if (create != null && !settings.createBody().containsValue("name")) {
      throw new IllegalArgumentException("crm.rest.createBody must map the name somewhere");
    }
    String link = settings.recordLink();
    this.mapping =
        new CustomerMapping(
            settings.fields(),
            link == null ? null : UrlTemplate.parseLink("crm.rest.recordLink", link, Set.of("id")));
  }

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public List<Customer> findByPhone(PhoneNumber number) throws DirectoryException {
    return query(lookup, Map.of("number", number.value()));
  }

  @Override
  public List<Customer> searchByName(String text, int limit) throws DirectoryException {
    if (nameSearch == null || text.isBlank() || limit < 1) {
      return List.of();
    }
    List<Customer> found = query(nameSearch, Map.of("text", text.strip()));
    return found.subList(0, Math.min(limit, found.size()));
  }

  @Override
  public Customer createContact(NewContact contact) throws DirectoryException {
    if (create == null) {
      return CustomerDirectory.super.createContact(contact);
    }
    HttpUrl url = create.host(); // no placeholders: the URL as configured
    try {
      JsonResponse answer =
          http.send(
              "POST",
              url,
              createBody.build(field -> value(contact, field)),
              credentials,
              new Request.Builder().tag(LogLabel.class, create.logLabel()));
      if (!answer.isSuccessful()) {
        throw CrmCallFailure.rejected(
            "crm.rest.createUrl: " + url.host() + " answered " + answer.status());
      }
      return mapping.customer(answer.body());
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }

  private static @Nullable TextNode value(NewContact contact, String field) {
    String value =
        switch (field) {
          case "name" -> contact.name();
          case "phone" -> contact.phone().value();
          case "company" -> contact.company();
          default -> contact.email();
        };
    return value == null ? null : TextNode.valueOf(value);
  }

  private List<Customer> query(UrlTemplate template, Map<String, String> values)
      throws DirectoryException {
    HttpUrl url = template.expand(values);
    if (url == null) {
      return List.of(); // a search for "." or "..": nobody is called that
    }
    try {
      JsonResponse answer =
          http.send(
              "GET",
              url,
              null,
              credentials,
              new Request.Builder().tag(LogLabel.class, template.logLabel()));
      if (answer.status() == 404 || answer.status() == 204) {
        return List.of(); // many in-house APIs answer "nobody" so
      }
      if (!answer.isSuccessful()) {
        throw CrmCallFailure.rejected(url.host() + " answered " + answer.status());
      }
      return mapping.results(answer.body(), url);
    } catch (CrmCallFailure failure) {
      throw failure.toDirectoryException();
    }
  }
}
