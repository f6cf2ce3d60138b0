package org.switchboard.app.settings;

import java.util.Optional;

/** What the desktop does about newer versions of itself. */
public enum UpdatePolicy {
  /** Never looks: updates come from IT's software distribution. */
  OFF("off"),
  /** Looks at the update feed when it starts and tells the agent when a newer version exists. */
  NOTIFY("notify");

  private final String tag;

  UpdatePolicy(String tag) {
    this.tag = tag;
  }

  /** The name the settings file stores. */
  public String tag() {
    return tag;
  }

  /** The policy named {@code tag} (any case), if there is one. */
  public static Optional<UpdatePolicy> fromTag(String tag) {
    for (UpdatePolicy policy : values()) {
      if (policy.tag.equalsIgnoreCase(tag)) {
        return Optional.of(policy);
      }
    }
    return Optional.empty();
  }
}
