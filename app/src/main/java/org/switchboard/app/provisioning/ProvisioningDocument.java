package org.switchboard.app.provisioning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One checked provisioning document (version 1): the provisioning file, or what its URL served.
 *
 * @param url the HTTPS address of a further document, or null (only the file may name one)
 * @param settings the defaults it gives, in the settings file's shape; only the fields it sets
 * @param locked the paths it locks: fields ({@code port}) and sections ({@code audio})
 */
public record ProvisioningDocument(@Nullable URI url, ObjectNode settings, Set<String> locked) {
  public ProvisioningDocument {
    Objects.requireNonNull(settings, "settings");
    settings = settings.deepCopy();
    locked = Set.copyOf(locked);
  }

  @Override
  public ObjectNode settings() {
    return settings.deepCopy();
  }
}
