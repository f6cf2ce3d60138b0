package org.switchboard.app.settings;

import java.util.Objects;

/**
 * The CRM connection.
 *
 * @param location what {@link CrmKind#location()} says: a file path or a base URL, as typed; empty
 *     means the connector's default where it has one
 */
public record CrmSettings(CrmKind connector, String location) {
  public CrmSettings {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(location, "location");
  }

  /** The local connector with its sample customers. */
  public static CrmSettings defaults() {
    return new CrmSettings(CrmKind.LOCAL, "");
  }
}
