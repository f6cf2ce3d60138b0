package org.switchboard.crm.internal.salesforce;

import java.util.Optional;

/**
 * The Salesforce objects this connector reads. Standard objects' ids start with a fixed key prefix,
 * which tells a stored customer id's object without asking Salesforce again.
 */
enum SObject {
  CONTACT("Contact", "003"),
  LEAD("Lead", "00Q"),
  ACCOUNT("Account", "001"),
  CASE("Case", "500");

  private final String apiName;
  private final String keyPrefix;

  SObject(String apiName, String keyPrefix) {
    this.apiName = apiName;
    this.keyPrefix = keyPrefix;
  }

  String apiName() {
    return apiName;
  }

  /** The object named {@code type} in a record's {@code attributes.type}. */
  static Optional<SObject> named(String type) {
    for (SObject object : values()) {
      if (object.apiName.equals(type)) {
        return Optional.of(object);
      }
    }
    return Optional.empty();
  }

  /** The object whose records have ids like {@code id}. */
  static Optional<SObject> ofId(String id) {
    for (SObject object : values()) {
      if (id.startsWith(object.keyPrefix)) {
        return Optional.of(object);
      }
    }
    return Optional.empty();
  }
}
