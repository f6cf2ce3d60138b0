package org.switchboard.core.secrets;

import java.util.Optional;
import org.switchboard.core.Secret;

/**
 * Keeps passwords and tokens in the OS keychain (Secret Service, Keychain, Credential Manager).
 * Keys are plain names such as {@code crm/hubspot/refresh-token}; values never reach files or logs.
 */
public interface SecretStore {

  Optional<Secret> get(String key) throws SecretStoreException;

  void put(String key, Secret secret) throws SecretStoreException;

  /** Removes the entry; a missing entry is not an error. */
  void delete(String key) throws SecretStoreException;
}
