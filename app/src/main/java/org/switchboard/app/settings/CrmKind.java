package org.switchboard.app.settings;

import java.util.Optional;

/** The CRM connectors the desktop can use, and what each needs to be told. */
public enum CrmKind {
  LOCAL("local", Location.FILE, false, false, "/home/agent/customers.json"),
  REST("rest", Location.HTTPS, true, false, "https://crm.example.com/api"),
  HUBSPOT("hubspot", Location.HTTPS, false, true, "https://api.hubapi.com"),
  SALESFORCE("salesforce", Location.HTTPS, true, true, "https://example.my.salesforce.com"),
  ZENDESK("zendesk", Location.HTTPS, true, true, "https://example.zendesk.com"),
  DYNAMICS("dynamics", Location.HTTPS, true, true, "https://example.crm.dynamics.com"),
  LDAP("ldap", Location.LDAP, true, false, "ldaps://directory.example.com");

  /** What {@link CrmSettings#location()} holds for a connector. */
  public enum Location {
    /** An absolute file path; empty means the built-in sample customers. */
    FILE,
    /** An {@code https} URL. */
    HTTPS,
    /** An {@code ldap} or {@code ldaps} URL. */
    LDAP
  }

  private final String tag;
  private final Location location;
  private final boolean locationRequired;
  private final boolean signsIn;
  private final String example;

  CrmKind(
      String tag, Location location, boolean locationRequired, boolean signsIn, String example) {
    this.tag = tag;
    this.location = location;
    this.locationRequired = locationRequired;
    this.signsIn = signsIn;
    this.example = example;
  }

  /** The connector's name in the settings file and the headless agent's {@code crm.connector}. */
  public String tag() {
    return tag;
  }

  public Location location() {
    return location;
  }

  /** Whether the location must be given (otherwise empty means the connector's default). */
  public boolean locationRequired() {
    return locationRequired;
  }

  /** Whether the agent signs in to this CRM with OAuth. */
  public boolean signsIn() {
    return signsIn;
  }

  /** An example location, shown as a prompt. */
  public String example() {
    return example;
  }

  /** The connector named {@code tag} (any case), if there is one. */
  public static Optional<CrmKind> fromTag(String tag) {
    for (CrmKind kind : values()) {
      if (kind.tag.equalsIgnoreCase(tag)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
