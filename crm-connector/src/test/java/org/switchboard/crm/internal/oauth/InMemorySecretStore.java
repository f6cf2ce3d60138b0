package org.switchboard.crm.internal.oauth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;

/** A keychain in a map; {@link #lock()} makes it fail like a locked keychain. */
public final class InMemorySecretStore implements SecretStore {
  private final Map<String, Secret> entries = new ConcurrentHashMap<>();
  private volatile boolean locked;

  @Override
  public Optional<Secret> get(String key) throws SecretStoreException {
    check();
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public void put(String key, Secret secret) throws SecretStoreException {
    check();
    entries.put(key, secret);
  }

  @Override
  public void delete(String key) throws SecretStoreException {
    check();
    entries.remove(key);
  }

  public void lock() {
    locked = true;
  }

  /** The stored value as text, or null; for assertions. */
  public @org.jspecify.annotations.Nullable String text(String key) {
    Secret secret = entries.get(key);
    return secret == null ? null : new String(secret.reveal());
  }

  public void putText(String key, String value) {
    entries.put(key, Secret.of(value));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  private void check() throws SecretStoreException {
    if (locked) {
      throw new SecretStoreException("the test keychain is locked", null);
    }
  }
}
