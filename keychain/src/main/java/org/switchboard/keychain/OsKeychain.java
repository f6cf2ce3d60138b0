package org.switchboard.keychain;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Secret;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;

/**
 * {@link SecretStore} on the operating system's keychain (java-keyring): the Secret Service on
 * Linux (gnome-keyring, or KWallet), the Keychain on macOS, the Credential Manager on Windows.
 * Entries are filed under a service name ({@code Switchboard}) and the key as the account, so
 * {@code secret-tool lookup service Switchboard account <key>} finds them on Linux.
 *
 * <p>Every call runs on one thread named {@code keychain} (the Secret Service client is not safe
 * for concurrent use) and blocks the caller for at most the timeout: a locked keychain waiting for
 * a password prompt, or a hung daemon, becomes a {@link SecretStoreException} instead of a stuck
 * CRM worker. The connection opens on first use and is dropped after a failure, so a restarted
 * keychain daemon is found again. Error messages name the key and what failed, never a value. Safe
 * from any thread.
 */
public final class OsKeychain implements SecretStore, AutoCloseable {
  /** The service name entries are filed under. */
  public static final String DEFAULT_SERVICE = "Switchboard";

  /** How long a call may take by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(OsKeychain.class);

  private final String service;
  private final Duration timeout;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "keychain");
            thread.setDaemon(true);
            return thread;
          });

  /** Confined to the worker thread. */
  private @Nullable Keyring keyring;

  /** The keychain with entries under {@code Switchboard} and calls bounded by ten seconds. */
  public OsKeychain() {
    this(DEFAULT_SERVICE, DEFAULT_TIMEOUT);
  }

  public OsKeychain(String service, Duration timeout) {
    this.service = Objects.requireNonNull(service, "service");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (service.isBlank() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a keychain needs a service name and a positive timeout");
    }
  }

  @Override
  public Optional<Secret> get(String key) throws SecretStoreException {
    return call(
        "read",
        key,
        open -> {
          try {
            return Optional.of(Secret.of(open.getPassword(service, key)));
          } catch (PasswordAccessException e) {
            if (MissingEntry.means(e)) {
              return Optional.empty();
            }
            throw e;
          }
        });
  }

  @Override
  public void put(String key, Secret secret) throws SecretStoreException {
    call(
        "store",
        key,
        open -> {
          char[] value = secret.reveal();
          try {
            // java-keyring takes a String; the copy lives until it is collected.
            open.setPassword(service, key, new String(value));
          } finally {
            Arrays.fill(value, '\0');
          }
          return Boolean.TRUE;
        });
  }

  @Override
  public void delete(String key) throws SecretStoreException {
    call(
        "delete",
        key,
        open -> {
          try {
            open.deletePassword(service, key);
          } catch (PasswordAccessException e) {
            if (!MissingEntry.means(e)) {
              throw e;
            }
          }
          return Boolean.TRUE;
        });
  }

  /** Closes the connection to the keychain and stops the worker thread. */
  @Override
  public void close() {
    worker.execute(this::drop);
    worker.shutdown();
    try {
      worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private interface KeyringCall<T> {
    T run(Keyring keyring) throws PasswordAccessException;
  }

  /** Runs {@code call} on the worker, bounded by the timeout, and maps every failure. */
  private <T> T call(String action, String key, KeyringCall<T> call) throws SecretStoreException {
    if (key.isBlank()) {
      throw new IllegalArgumentException("a keychain key must not be blank");
    }
    Future<T> result = worker.submit(() -> onWorker(action, key, call));
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new SecretStoreException(
          "keychain: cannot "
              + action
              + " '"
              + key
              + "': no answer within "
              + timeout.toMillis()
              + " ms (is it locked and waiting for its password?)",
          null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SecretStoreException failure) {
        throw failure;
      }
      throw new SecretStoreException("keychain: cannot " + action + " '" + key + "'", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SecretStoreException("keychain: interrupted while accessing '" + key + "'", e);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new SecretStoreException("keychain: closed; cannot " + action + " '" + key + "'", e);
    }
  }

  private <T> T onWorker(String action, String key, KeyringCall<T> call)
      throws SecretStoreException {
    Keyring open = opened(action, key);
    try {
      return call.run(open);
    } catch (PasswordAccessException | RuntimeException e) {
      // A dead D-Bus connection fails every later call: start afresh next time.
      drop();
      throw new SecretStoreException(
          "keychain: cannot "
              + action
              + " '"
              + key
              + "' in "
              + Keyrings.describe(open)
              + ": "
              + Keyrings.reason(e),
          e);
    }
  }

  private Keyring opened(String action, String key) throws SecretStoreException {
    Keyring open = keyring;
    if (open != null) {
      return open;
    }
    try {
      open = Keyrings.open();
    } catch (BackendNotSupportedException | RuntimeException e) {
      throw new SecretStoreException(
          "keychain: cannot " + action + " '" + key + "': " + Keyrings.unreachable(e), e);
    }
    LOG.debug("keychain opened: {}", Keyrings.describe(open));
    keyring = open;
    return open;
  }

  private void drop() {
    Keyring open = keyring;
    keyring = null;
    if (open != null) {
      try {
        open.close();
      } catch (Exception e) {
        LOG.debug("closing the keychain connection failed: {}", e.toString());
      }
    }
  }
}
