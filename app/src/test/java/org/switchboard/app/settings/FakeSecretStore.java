package org.switchboard.app.settings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;

/** An in-memory keychain; {@link #refuse} makes every call fail as a locked keychain does. */
public final class FakeSecretStore implements SecretStore {
  public final Map<String, Secret> entries = new ConcurrentHashMap<>();
  public volatile @Nullable String refuse;

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

  /** The value under {@code key} as text, or null. */
  public @Nullable String text(String key) {
    Secret secret = entries.get(key);
    return secret == null ? null : new String(secret.reveal());
  }

  private void check() throws SecretStoreException {
    String why = refuse;
    if (why != null) {
      throw new SecretStoreException(why, null);
    }
  }
}
