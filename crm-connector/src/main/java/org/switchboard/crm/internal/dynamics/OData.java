package org.switchboard.crm.internal.dynamics;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Request;

/** OData details shared by the Dataverse requests. */
final class OData {
  static final String FORMATTED = "@OData.Community.Display.V1.FormattedValue";

  private OData() {}

  /**
   * A string literal for a $filter: single quotes doubled (OData ABNF {@code SQUOTE-in-string}).
   */
  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** A GUID checked before it goes into a path or a filter. */
  static String guid(String id) {
    if (!id.matches(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      throw new IllegalArgumentException("not a Dataverse id");
    }
    return id.toLowerCase(java.util.Locale.ROOT);
  }

  static Request.Builder headers() {
    return new Request.Builder()
        .header("OData-MaxVersion", "4.0")
        .header("OData-Version", "4.0")
        .header(
            "Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"");
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
